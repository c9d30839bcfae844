package loginlogout.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import javax.sql.DataSource;

/** The API as a test uses it: post bodies, get reports, and start each test on an empty database. */
public final class ApiClient {

    /** The bootstrap administrator of the test settings. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    private final WebTarget target;
    private final String authorization;

    /** A client signed in as the bootstrap administrator. */
    public ApiClient(WebTarget target) {
        this(target, ADMIN, ADMIN_PASSWORD);
    }

    private ApiClient(WebTarget target, String username, String password) {
        this.target = target;
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The same API, signed in as another user. */
    public ApiClient as(String username, String password) {
        return new ApiClient(target, username, password);
    }

    /** The same API without credentials. */
    public ApiClient anonymous() {
        return new ApiClient(target, null, null);
    }

    /** Deletes every stored row but the bootstrap administrator, so that each test starts from nothing. */
    public static void emptyDatabase(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM export_run");
            sql.executeUpdate("DELETE FROM report_schedule");
            sql.executeUpdate("DELETE FROM saved_report_filter");
            sql.executeUpdate("DELETE FROM saved_report");
            sql.executeUpdate("DELETE FROM login_session");
            sql.executeUpdate("DELETE FROM agent_event");
            sql.executeUpdate("DELETE FROM user_profile");
            sql.executeUpdate("DELETE FROM agent_user WHERE username <> '" + ADMIN + "'");
            sql.executeUpdate("INSERT INTO user_profile (user_id, profile_name)"
                    + " SELECT id, 'Admin' FROM agent_user WHERE username = '" + ADMIN + "'");
            sql.executeUpdate("UPDATE agent_user SET disabled = FALSE");
            sql.executeUpdate("DELETE FROM security_profile WHERE built_in = FALSE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request to this path, with this client's credentials. */
    public Invocation.Builder request(String path, String... accept) {
        Invocation.Builder request = target.path(path).request(accept);
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    public Response post(String path, String body, String contentType) {
        return request(path).post(Entity.entity(body, contentType));
    }

    public Response put(String path, String body) {
        return request(path).put(Entity.entity(body, "application/json"));
    }

    public Response get(String path) {
        return request(path).get();
    }

    public Response get(String path, Map<String, Object> query) {
        WebTarget withQuery = target.path(path);
        for (Map.Entry<String, Object> parameter : query.entrySet()) {
            withQuery = withQuery.queryParam(parameter.getKey(), parameter.getValue());
        }
        Invocation.Builder request = withQuery.request();
        return (authorization == null ? request : request.header("Authorization", authorization)).get();
    }

    public Response delete(String path) {
        return request(path).delete();
    }

    /** The body of a response that must have this status; a failure shows the body. */
    public static String body(Response response, int status) {
        String body = response.readEntity(String.class);
        assertEquals(status, response.getStatus(), body);
        return body;
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
        Invocation.Builder request = accept == null ? report.request() : report.request(accept);
        return (authorization == null ? request : request.header("Authorization", authorization)).get();
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
