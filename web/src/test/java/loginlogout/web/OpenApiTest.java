package loginlogout.web;

import static loginlogout.web.ApiClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi} describes every resource method of the API: its path and method, its parameters, its
 * body, and its error answers; and it describes nothing that is not there.
 */
@HelidonTest
class OpenApiTest extends ApiTest {

    private static final Map<Class<?>, String> HTTP = Map.of(GET.class, "get", POST.class, "post", PUT.class, "put",
            DELETE.class, "delete");
    // The report reads its query through UriInfo, to refuse unknown parameters.
    private static final Set<String> REPORT_QUERY = Set.of("range", "start", "end", "timeZone", "agent",
            "routingProfile", "hierarchyGroup", "format");

    @Test
    void everyResourceMethodIsDescribedWithItsParametersBodyAndErrors() throws Exception {
        JsonObject document = json(body(api.anonymous().request("/openapi", MediaType.APPLICATION_JSON).get(), 200));
        JsonObject paths = document.getJsonObject("paths");
        JsonObject shared = document.getJsonObject("components").getJsonObject("parameters");
        Set<String> described = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(HTTP::containsValue).forEach(method -> described.add(method.toUpperCase() + " " + path)));
        Set<String> implemented = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = (base + (sub == null ? "" : sub.value())).replaceAll("/+$", "");
                implemented.add(verb.toUpperCase() + " " + path);
                JsonObject item = paths.getJsonObject(path);
                JsonObject operation = item == null ? null : item.getJsonObject(verb);
                if (operation == null) {
                    problems.add(verb + " " + path + " is not described");
                    continue;
                }
                Set<String> parameters = new TreeSet<>();
                Stream.of(item, operation).filter(o -> o.containsKey("parameters"))
                        .flatMap(o -> o.getJsonArray("parameters").stream())
                        .map(p -> parameterName(p.asJsonObject(), shared))
                        .filter(name -> !parameters.add(name))
                        .forEach(name -> problems.add(verb + " " + path + " describes " + name + " twice"));
                for (String expected : declaredParameters(method)) {
                    if (!parameters.contains(expected)) {
                        problems.add(verb + " " + path + " does not describe its parameter " + expected);
                    }
                }
                if (takesBody(method) && !operation.containsKey("requestBody")) {
                    problems.add(verb + " " + path + " does not describe its body");
                }
                if (operation.getJsonObject("responses").keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                    problems.add(verb + " " + path + " describes no error answer");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(implemented, described, "what is described is what is there");
        assertTrue(implemented.size() >= 30, implemented.toString());
    }

    private static List<Class<?>> resources() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("loginlogout/web"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }

    private static String verb(Method method) {
        return HTTP.entrySet().stream().filter(e -> method.isAnnotationPresent(e.getKey().asSubclass(
                java.lang.annotation.Annotation.class))).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Set<String> declaredParameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(PathParam.class)) {
                names.add(parameter.getAnnotation(PathParam.class).value());
            }
            if (parameter.isAnnotationPresent(QueryParam.class)) {
                names.add(parameter.getAnnotation(QueryParam.class).value());
            }
        }
        if (method.getDeclaringClass().getSimpleName().equals("LoginLogoutReportResource")) {
            names.addAll(REPORT_QUERY);
        }
        return names;
    }

    /** A body is the one parameter without a JAX-RS annotation. */
    private static boolean takesBody(Method method) {
        return Stream.of(method.getParameters()).anyMatch(p -> p.getAnnotations().length == 0
                || Stream.of(p.getAnnotations()).noneMatch(a -> a.annotationType().getPackageName()
                        .startsWith("jakarta.ws.rs")));
    }

    /** The name of a parameter, or of the shared one it refers to. */
    private static String parameterName(JsonObject parameter, JsonObject shared) {
        if (parameter.containsKey("$ref")) {
            String ref = parameter.getString("$ref");
            return shared.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)).getString("name");
        }
        return parameter.getString("name");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
