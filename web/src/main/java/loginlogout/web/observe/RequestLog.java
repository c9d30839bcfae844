package loginlogout.web.observe;

import io.helidon.http.HttpPrologue;
import io.helidon.microprofile.server.ServerCdiExtension;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * One line per request on logger {@code loginlogout.requests}: method, address, status and the time to
 * the last byte, as {@code GET /api/v1/reports/login-logout?range=YESTERDAY 200 12.3 ms}. Never a header
 * or a body, so never credentials, and the value of a query parameter named like a password, secret or
 * token is masked; the address is logged as received, percent-encoded, so that nobody can write a line
 * break into the log.
 */
@ApplicationScoped
public class RequestLog {

    public static final String LOGGER = "loginlogout.requests";
    private static final Logger LOG = Logger.getLogger(LOGGER);
    // No address of the API takes a secret, but a client may send one anyway.
    private static final Pattern REDACTED = Pattern.compile("(?i)(\\b[^&=]*(?:password|secret|token)[^&=]*)=[^&]*");

    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                  Object start, BeanManager beans) {
        beans.getExtension(ServerCdiExtension.class).serverRoutingBuilder().addFilter(RequestLog::filter);
    }

    private static void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long started = System.nanoTime();
        try {
            chain.proceed();
        } finally {
            long micros = (System.nanoTime() - started) / 1_000;
            HttpPrologue prologue = request.prologue();
            String query = REDACTED.matcher(prologue.query().rawValue()).replaceAll("$1=***");
            LOG.info(() -> prologue.method().text() + " " + prologue.uriPath().rawPath()
                    + (query.isEmpty() ? "" : "?" + query) + " " + response.status().code() + " "
                    + String.format(java.util.Locale.ROOT, "%.1f", micros / 1000.0) + " ms");
        }
    }
}
