package loginlogout.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

/** The API as a test uses it: post bodies, get reports, and start each test on an empty database. */
public final class ApiClient {

    private final WebTarget target;

    public ApiClient(WebTarget target) {
        this.target = target;
    }

    /** Deletes every stored row, so that each test starts from nothing. */
    public static void emptyDatabase(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM login_session");
            sql.executeUpdate("DELETE FROM agent_event");
            sql.executeUpdate("DELETE FROM agent_user");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String body, String contentType) {
        return target.path(path).request().post(Entity.entity(body, contentType));
    }

    /** Posts and expects 200, returning the body. */
    public String postOk(String path, String body, String contentType) {
        Response response = post(path, body, contentType);
        String text = response.readEntity(String.class);
        assertEquals(200, response.getStatus(), text);
        return text;
    }

    /** GET of the report with these query parameters (a value may be a String[] for a repeated one). */
    public Response report(String accept, Map<String, Object> query) {
        WebTarget report = target.path("/api/v1/reports/login-logout");
        for (Map.Entry<String, Object> parameter : query.entrySet()) {
            Object[] values = parameter.getValue() instanceof Object[] many ? many : new Object[] {parameter.getValue()};
            report = report.queryParam(parameter.getKey(), values);
        }
        return accept == null ? report.request().get() : report.request(accept).get();
    }

    public String reportOk(String accept, Map<String, Object> query) {
        Response response = report(accept, query);
        String text = response.readEntity(String.class);
        assertEquals(200, response.getStatus(), text);
        return text;
    }

    public static String resource(String name) {
        try (InputStream in = ApiClient.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
