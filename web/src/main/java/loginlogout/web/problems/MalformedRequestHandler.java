package loginlogout.web.problems;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.microprofile.server.ServerCdiExtension;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.core.Response;

/**
 * A request whose address is not a valid URI (an unencoded {@code |}, {@code "} or bad {@code %} escape
 * in the query) fails before JAX-RS sees it, and Helidon would answer 500; it is the client's mistake,
 * so it gets a 400 problem like every other.
 */
@ApplicationScoped
public class MalformedRequestHandler {

    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                  Object start, BeanManager beans) {
        beans.getExtension(ServerCdiExtension.class).serverRoutingBuilder()
                .error(IllegalArgumentException.class, MalformedRequestHandler::answer);
    }

    private static void answer(ServerRequest request, ServerResponse response, IllegalArgumentException failure) {
        Problem problem = Problem.of(Response.Status.BAD_REQUEST, "The address is not a valid URI: "
                + "percent-encode the query's values (for example | as %7C, a space as %20, % as %25), as"
                + " curl -G --data-urlencode does.");
        response.status(Status.BAD_REQUEST_400)
                .header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .send(problem.toResponse().getEntity().toString());
    }
}
