package loginlogout.web.problems;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem: what was wrong and how to fix it, with the parameter or the fields at fault.
 *
 * @param parameter the query parameter at fault, or null
 * @param errors    the fields at fault in a request body, possibly empty
 */
public record Problem(int status, String title, String detail, String parameter, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = List.copyOf(errors);
    }

    public static Problem of(Response.Status status, String detail) {
        return new Problem(status.getStatusCode(), status.getReasonPhrase(), detail, null, List.of());
    }

    public static Problem ofParameter(String parameter, String detail) {
        return new Problem(400, "Bad Request", detail, parameter, List.of());
    }

    public static Problem ofFields(String detail, List<FieldError> errors) {
        return new Problem(400, "Bad Request", detail, null, errors);
    }

    public Response toResponse() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (parameter != null) {
            body.add("parameter", parameter);
        }
        if (!errors.isEmpty()) {
            var list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(e.toJson()));
            body.add("errors", list);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
