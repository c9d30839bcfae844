package loginlogout.web;

import static loginlogout.web.ApiClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import loginlogout.web.observe.RequestLog;
import org.junit.jupiter.api.Test;

/** The request log: one line per request with its status and time, never credentials or bodies. */
@HelidonTest
class RequestLogApiTest extends ApiTest {

    @Test
    void eachRequestIsOneLineWithStatusAndTimeAndNoCredentials() throws InterruptedException {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage() == null ? "" : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(RequestLog.LOGGER);
        // The tests' logging shows warnings only: the request log is at INFO, as in the service.
        Level shown = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.setUseParentHandlers(false);
        logger.addHandler(capture);
        try {
            api.reportOk("text/csv", Map.of("range", "YESTERDAY", "timeZone", "Europe/Berlin"));
            body(api.post("/api/v1/users", "{\"username\": \"newcomer\", \"password\": \"a-secret-passphrase\","
                    + " \"profiles\": [\"Agent\"]}", MediaType.APPLICATION_JSON), 201);
            body(api.as("newcomer", "a-secret-passphrase").get("/api/v1/users"), 403);
            body(api.get("/api/v1/users", Map.of("password", "hunter2-value")), 400);
            Thread.sleep(100);
        } finally {
            logger.removeHandler(capture);
            logger.setUseParentHandlers(true);
            logger.setLevel(shown);
        }
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("GET /api/v1/reports/login-logout\\?\\S*range=YESTERDAY\\S* 200 \\d+\\.\\d ms"),
                lines.get(0));
        assertTrue(lines.get(0).contains("timeZone=Europe%2FBerlin"), lines.get(0));
        assertTrue(lines.get(1).matches("POST /api/v1/users 201 \\d+\\.\\d ms"), lines.get(1));
        assertTrue(lines.get(2).matches("GET /api/v1/users 403 \\d+\\.\\d ms"), lines.get(2));
        assertTrue(lines.get(3).matches("GET /api/v1/users\\?password=\\*\\*\\* 400 \\d+\\.\\d ms"), lines.get(3));
        for (String line : lines) {
            assertFalse(line.contains("secret") || line.contains("hunter2") || line.contains(ApiClient.ADMIN_PASSWORD)
                    || line.contains("Basic"),
                    line);
        }
    }
}
