package loginlogout.web;

import static loginlogout.web.ApiClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What operations watch: liveness and readiness (database, export target), and the service's meters. */
@HelidonTest
class OperationsApiTest extends ApiTest {

    @Test
    void liveAndReadyAnswerWithoutCredentialsAndReadinessChecksTheDatabaseAndTheExportTarget() {
        ApiClient anyone = api.anonymous();
        assertEquals("UP", json(body(anyone.get("/health/live"), 200)).getString("status"));
        JsonObject ready = json(body(anyone.get("/health/ready"), 200));
        assertEquals("UP", ready.getString("status"));
        Map<String, JsonObject> checks = new java.util.TreeMap<>();
        ready.getJsonArray("checks").forEach(c -> checks.put(c.asJsonObject().getString("name"), c.asJsonObject()));
        assertEquals(java.util.Set.of("database", "export-target"), checks.keySet());
        assertEquals("UP", checks.get("database").getString("status"));
        assertTrue(java.util.List.of("H2", "PostgreSQL").contains(checks.get("database").getJsonObject("data")
                .getString("product")), checks.toString());
        assertEquals("UP", checks.get("export-target").getString("status"));
        assertTrue(checks.get("export-target").getJsonObject("data").getString("target").endsWith("target/api-exports"),
                checks.toString());
    }

    @Test
    void theMetersCountEventsBySourceReportsByFormatAndExportRunsByResult() {
        double stored = meter("events_stored_total", "source", "api");
        double duplicates = meter("events_duplicates_total", "source", "api");
        double csvReports = meter("reports_generated_total", "format", "csv");
        double jsonLatencies = meter("reports_latency_seconds_count", "format", "json");
        double succeeded = meter("export_runs_total", "result", "SUCCEEDED");

        api.postOk("/api/v1/events", "[{\"username\": \"ana\", \"type\": \"LOGIN\", \"time\": \"2026-11-02T07:00:00Z\"},"
                + " {\"username\": \"ana\", \"type\": \"LOGOUT\", \"time\": \"2026-11-02T15:00:00Z\"},"
                + " {\"username\": \"ana\", \"type\": \"LOGOUT\", \"time\": \"2026-11-02T15:00:00Z\"}]",
                MediaType.APPLICATION_JSON);
        api.reportOk("text/csv", Map.of("range", "YESTERDAY"));
        api.reportOk(MediaType.APPLICATION_JSON, Map.of("range", "YESTERDAY"));
        String saved = body(api.post("/api/v1/saved-reports", "{\"name\": \"Metered\"}", MediaType.APPLICATION_JSON), 201);
        long id = json(saved).getJsonNumber("id").longValue();
        body(api.put("/api/v1/saved-reports/" + id + "/schedule", "{\"recurrence\": \"DAILY\"}"), 201);
        body(api.post("/api/v1/saved-reports/" + id + "/schedule/runs", "", MediaType.APPLICATION_JSON), 200);

        assertEquals(stored + 2, meter("events_stored_total", "source", "api"));
        assertEquals(duplicates + 1, meter("events_duplicates_total", "source", "api"));
        assertEquals(csvReports + 1, meter("reports_generated_total", "format", "csv"));
        assertEquals(jsonLatencies + 1, meter("reports_latency_seconds_count", "format", "json"));
        assertEquals(succeeded + 1, meter("export_runs_total", "result", "SUCCEEDED"));
    }

    /** A meter's value in the Prometheus text of /metrics, 0 before it first counts. */
    private double meter(String name, String tag, String value) {
        String text = body(api.anonymous().request("/metrics", "text/plain").get(), 200);
        Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*" + tag + "=\"" + value + "\"[^}]*} (\\S+)$")
                .matcher(text);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
