package loginlogout.web;

import static loginlogout.web.ApiClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.microprofile.testing.junit5.AddBean;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Schedules through the API: scheduling publishes, run now exports to the local folder (the default with
 * no bucket) the same bytes as the on-demand CSV, the run history, bad input, rights, and the exports from
 * configuration. The engine's timing and S3 are tested in the scheduling module.
 */
@HelidonTest
@AddBean(MovableClock.class)
class ScheduleApiTest extends ApiTest {

    private static final String LIBRARY = "/api/v1/saved-reports";
    private static final Path EXPORTS = Path.of("target/api-exports");
    private static final String HEADER =
            "User login,First name,Last name,Routing profile,Agent hierarchy,Login time,Logout time,Duration\r\n";

    @BeforeEach
    void noExportsYet() throws IOException {
        MovableClock.set("2026-11-04T10:00:00Z");
        if (Files.exists(EXPORTS)) {
            try (Stream<Path> files = Files.walk(EXPORTS)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void schedulingAReportPublishesItAndShowsItsNextRun() {
        long id = savedReport("Night shift");
        // A Wednesday: the next of Monday and Friday is Friday, 00:00 in Berlin, covering Thursday.
        Response created = api.put(schedule(id), "{\"recurrence\": \"WEEKLY\", \"days\": [\"FRIDAY\", \"monday\"],"
                + " \"timeZone\": \"Europe/Berlin\", \"prefix\": \"ops/night\"}");
        String expected = "{\"name\":\"Night shift\",\"origin\":\"SAVED_REPORT\",\"recurrence\":\"WEEKLY\","
                + "\"days\":[\"MONDAY\",\"FRIDAY\"],\"timeZone\":\"Europe/Berlin\",\"prefix\":\"ops/night\","
                + "\"since\":\"2026-11-04T10:00:00Z\",\"nextRun\":{\"slot\":\"2026-11-05T23:00:00Z\",\"covers\":"
                + "{\"start\":\"2026-11-05T00:00:00+01:00\",\"end\":\"2026-11-06T00:00:00+01:00\"}},\"latestRun\":null}";
        assertEquals(expected, body(created, 201));
        assertTrue(created.getLocation().toString().endsWith(schedule(id)), created.getLocation().toString());
        assertEquals(true, json(body(api.get(LIBRARY + "/" + id), 200)).getBoolean("published"));
        assertEquals(expected, body(api.get(schedule(id)), 200));

        MovableClock.set("2026-11-04T11:00:00Z");
        assertEquals(expected, body(api.put(schedule(id), "{\"recurrence\": \"WEEKLY\","
                + " \"days\": [\"MONDAY\", \"FRIDAY\"], \"timeZone\": \"Europe/Berlin\", \"prefix\": \"ops/night\"}"),
                200), "the same schedule again keeps its start");
        assertEquals("2026-11-04T11:00:00Z", json(body(api.put(schedule(id), "{\"recurrence\": \"DAILY\"}"), 200))
                .getString("since"), "a changed schedule takes effect now");
    }

    @Test
    void runNowExportsTheSlotToTheFolderAsTheOnDemandCsvAndReRunsWriteTheSameKey() throws IOException {
        postEvents("""
                [{"username": "ana", "type": "LOGIN", "time": "2026-11-02T07:00:00Z", "firstName": "Ana",
                  "lastName": "Silva", "routingProfile": "Night Profile", "hierarchy": ["EMEA", "Lisbon"]},
                 {"username": "ana", "type": "LOGOUT", "time": "2026-11-02T15:30:00Z"},
                 {"username": "ben", "type": "LOGIN", "time": "2026-11-02T08:00:00Z"},
                 {"username": "ben", "type": "LOGOUT", "time": "2026-11-02T09:00:00Z"},
                 {"username": "ana", "type": "LOGIN", "time": "2026-11-03T07:00:00Z"}]""");
        long id = savedReport("Ana's days", "{\"agent\": [\"ana\"]}");
        body(api.put(schedule(id), "{\"recurrence\": \"DAILY\", \"timeZone\": \"UTC\"}"), 201);

        String key = "Reports/Ana's days-2026-11-03T00:00:00Z.csv";
        assertEquals(run(id, 1, "2026-11-03T00:00:00Z", "MANUAL", "SUCCEEDED", key, 1, null),
                withoutTimes(body(api.post(runs(id), "{\"slot\": \"2026-11-03T00:00:00Z\"}", MediaType.APPLICATION_JSON),
                        200)));
        String csv = HEADER + "ana,Ana,Silva,Night Profile,EMEA / Lisbon,2026-11-02T07:00:00+00:00,"
                + "2026-11-02T15:30:00+00:00,8:30:00\r\n";
        assertEquals(csv, Files.readString(EXPORTS.resolve(key), StandardCharsets.UTF_8));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(EXPORTS.resolve(key))));
        assertEquals(csv, api.reportOk("text/csv", Map.of("range", "CUSTOM", "start", "2026-11-02T00:00:00",
                "end", "2026-11-03T00:00:00", "timeZone", "UTC", "agent", "ana")), "the on-demand CSV of that day");

        body(api.post(runs(id), "{\"slot\": \"2026-11-03T00:00:00Z\"}", MediaType.APPLICATION_JSON), 200);
        // Without a slot: the latest due, which at 10:00 on 4 November is that day's midnight (ana's open login).
        assertEquals(run(id, 1, "2026-11-04T00:00:00Z", "MANUAL", "SUCCEEDED",
                "Reports/Ana's days-2026-11-04T00:00:00Z.csv", 1, null),
                withoutTimes(body(api.post(runs(id), "", MediaType.APPLICATION_JSON), 200)));

        JsonObject history = json(body(api.get(runs(id)), 200));
        assertEquals(3, history.getInt("total"));
        assertEquals(List.of("2026-11-04T00:00:00Z #1", "2026-11-03T00:00:00Z #2", "2026-11-03T00:00:00Z #1"),
                history.getJsonArray("items").stream().map(v -> v.asJsonObject())
                        .map(r -> r.getString("slot") + " #" + r.getInt("attempt")).toList(), "newest first");
        assertEquals(List.of("2026-11-03T00:00:00Z #2"), json(body(api.get(runs(id), Map.of("offset", 1, "limit", 1)), 200))
                .getJsonArray("items").stream().map(v -> v.asJsonObject())
                .map(r -> r.getString("slot") + " #" + r.getInt("attempt")).toList());
        try (Stream<Path> files = Files.walk(EXPORTS)) {
            assertEquals(List.of("Reports/Ana's days-2026-11-03T00:00:00Z.csv", "Reports/Ana's days-2026-11-04T00:00:00Z.csv"),
                    files.filter(Files::isRegularFile).map(f -> EXPORTS.relativize(f).toString()).sorted().toList(),
                    "a re-run writes the same key, and no partial file is left behind");
        }
    }

    @Test
    void aFailedLatestRunIsVisibleOnTheSchedule() throws IOException {
        long id = savedReport("Blocked");
        body(api.put(schedule(id), "{\"recurrence\": \"DAILY\", \"prefix\": \"blocked\"}"), 201);
        // A file where the export's folder would be: the write fails, as a full or read-only disk would.
        Files.createDirectories(EXPORTS.resolve("Reports"));
        Files.writeString(EXPORTS.resolve("Reports/blocked"), "not a folder");

        JsonObject run = json(body(api.post(runs(id), "{\"slot\": \"2026-11-04T00:00:00Z\"}",
                MediaType.APPLICATION_JSON), 200));
        assertEquals("FAILED", run.getString("result"));
        assertEquals("Writing Reports/blocked/Blocked-2026-11-04T00:00:00Z.csv in the export folder failed:"
                + " java.nio.file.FileAlreadyExistsException: <export.dir>/Reports/blocked (tried 3 times)",
                run.getString("error"));
        assertTrue(run.getString("error").endsWith("(tried 3 times)"), run.getString("error"));
        JsonObject latest = json(body(api.get(schedule(id)), 200)).getJsonObject("latestRun");
        assertEquals(run, latest);
    }

    @Test
    void badScheduleInputIsA400NamingTheFieldAndChangesNothing() {
        long id = savedReport("Untouched");
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("{}", "recurrence");
        bodies.put("{\"recurrence\": \"HOURLY\"}", "recurrence");
        bodies.put("{\"recurrence\": \"WEEKLY\"}", "days");
        bodies.put("{\"recurrence\": \"WEEKLY\", \"days\": []}", "days");
        bodies.put("{\"recurrence\": \"WEEKLY\", \"days\": [\"FUNDAY\"]}", "days[0]");
        bodies.put("{\"recurrence\": \"WEEKLY\", \"days\": \"MONDAY\"}", "days");
        bodies.put("{\"recurrence\": \"DAILY\", \"days\": [\"MONDAY\"]}", "days");
        bodies.put("{\"recurrence\": \"DAILY\", \"timeZone\": \"Mars/Olympus\"}", "timeZone");
        bodies.put("{\"recurrence\": \"DAILY\", \"prefix\": \"../elsewhere\"}", "prefix");
        bodies.put("{\"recurrence\": \"DAILY\", \"prefix\": \"/absolute\"}", "prefix");
        bodies.put("{\"recurrence\": \"DAILY\", \"prefix\": \"with space\"}", "prefix");
        bodies.put("{\"recurrence\": \"DAILY\", \"prefix\": \"a//b\"}", "prefix");
        bodies.put("{\"recurrence\": \"DAILY\", \"prefix\": \"a/\"}", "prefix");
        bodies.put("{\"recurrence\": \"DAILY\", \"prefix\": \"./a\"}", "prefix");
        bodies.put("{\"recurrence\": \"DAILY\", \"prefix\": \"" + "p".repeat(201) + "\"}", "prefix");
        bodies.put("{\"recurrence\": \"DAILY\", \"colour\": \"red\"}", "colour");
        for (Map.Entry<String, String> bad : bodies.entrySet()) {
            Response response = api.put(schedule(id), bad.getKey());
            String problem = body(response, 400);
            assertEquals("application/problem+json", response.getMediaType().toString(), bad.getKey());
            assertEquals(bad.getValue(), json(problem).getJsonArray("errors").getJsonObject(0).getString("field"),
                    bad.getKey() + " -> " + problem);
        }
        assertEquals(400, api.put(schedule(id), "[]").getStatus());
        body(api.get(schedule(id)), 404);
        assertEquals(false, json(body(api.get(LIBRARY + "/" + id), 200)).getBoolean("published"));
    }

    @Test
    void aSlotThatIsNotOneOfTheSchedulesRunsIsA400() {
        long id = savedReport("Berlin");
        body(api.put(schedule(id), "{\"recurrence\": \"DAILY\", \"timeZone\": \"Europe/Berlin\"}"), 201);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("{\"slot\": \"2026-11-03T00:00:00Z\"}", "2026-11-03T00:00:00Z is not one of this schedule's runs,"
                + " which are at 00:00 Europe/Berlin every day, such as 2026-11-03T23:00:00Z.");
        bodies.put("{\"slot\": \"2026-11-05T23:00:00Z\"}", "2026-11-05T23:00:00Z is not due yet; a run covers the day"
                + " before its midnight, so only past slots can run.");
        bodies.put("{\"slot\": \"yesterday\"}", "is a scheduled midnight as a UTC instant, such as"
                + " 2026-11-03T05:00:00Z; not 'yesterday'");
        bodies.put("{\"when\": \"2026-11-03T23:00:00Z\"}", "is not a field here; the fields are [slot]");
        bodies.put("{\"slot\": \"+999999999-12-31T23:00:00Z\"}", "A slot is a midnight from the year 1900 to 2199;"
                + " +999999999-12-31T23:00:00Z is not.");
        for (Map.Entry<String, String> bad : bodies.entrySet()) {
            JsonObject problem = json(body(api.post(runs(id), bad.getKey(), MediaType.APPLICATION_JSON), 400));
            assertEquals(bad.getValue(), problem.getJsonArray("errors").getJsonObject(0).getString("message"),
                    bad.getKey());
        }
        assertEquals(415, api.post(runs(id), "{\"slot\": \"2026-11-03T23:00:00Z\"}", MediaType.TEXT_PLAIN).getStatus());
        assertEquals(0, json(body(api.get(runs(id)), 200)).getInt("total"));
    }

    @Test
    void twoSchedulesNeverWriteTheSameFiles() {
        ApiClient maria = user("maria", "CallCenterManager");
        ApiClient max = user("max", "CallCenterManager");
        long marias = Long.parseLong(json(body(maria.post(LIBRARY, "{\"name\": \"Daily\"}", MediaType.APPLICATION_JSON),
                201)).get("id").toString());
        long maxs = Long.parseLong(json(body(max.post(LIBRARY, "{\"name\": \"Daily\"}", MediaType.APPLICATION_JSON),
                201)).get("id").toString());
        body(maria.put(schedule(marias), "{\"recurrence\": \"DAILY\", \"prefix\": \"team\"}"), 201);

        assertEquals("Saved report " + marias + " is scheduled to write the same files, Reports/team/Daily-<slot>.csv;"
                + " choose another prefix, or rename one of the reports.", json(body(max.put(schedule(maxs),
                "{\"recurrence\": \"DAILY\", \"prefix\": \"team\"}"), 409)).getString("detail"));
        body(max.put(schedule(maxs), "{\"recurrence\": \"DAILY\", \"prefix\": \"team/max\"}"), 201);

        // Renaming a scheduled report is checked too; so is an export from configuration.
        long other = savedReport("Other");
        body(api.put(schedule(other), "{\"recurrence\": \"DAILY\", \"prefix\": \"team\"}"), 201);
        assertEquals("Saved report " + marias + " is scheduled to write the same files, Reports/team/Daily-<slot>.csv;"
                + " choose another prefix, or rename one of the reports.", json(body(api.put(LIBRARY + "/" + other,
                "{\"name\": \"Daily\", \"version\": 2}"), 409)).getString("detail"));
        assertEquals("Other", json(body(api.get(LIBRARY + "/" + other), 200)).getString("name"));
        long sales = savedReport("nightly-sales");
        assertEquals("The export 'nightly-sales' from configuration writes the same files,"
                + " Reports/config/sales/nightly-sales-<slot>.csv; choose another prefix.", json(body(api.put(
                schedule(sales), "{\"recurrence\": \"DAILY\", \"prefix\": \"config/sales\"}"), 409)).getString("detail"));

        long longName = savedReport("日".repeat(77));
        assertEquals(409, api.put(schedule(longName), "{\"recurrence\": \"DAILY\"}").getStatus());
        body(api.get(schedule(longName)), 404);
    }

    @Test
    void schedulingNeedsAgentTimeCardEditAndAnotherUsersPrivateReportIsNotFound() {
        body(api.post("/api/v1/security-profiles", "{\"name\": \"Viewer\", \"permissions\": [\"AgentTimeCard.View\"]}",
                MediaType.APPLICATION_JSON), 201);
        ApiClient viewer = user("viewer", "Viewer");
        ApiClient manager = user("manager", "CallCenterManager");
        long mine = savedReport("Admin's private");
        long viewers = Long.parseLong(json(body(viewer.post(LIBRARY, "{\"name\": \"Viewer's\", \"range\": \"TODAY\"}",
                MediaType.APPLICATION_JSON), 201)).get("id").toString());

        assertEquals(403, viewer.put(schedule(viewers), "{\"recurrence\": \"DAILY\"}").getStatus(),
                "its owner without AgentTimeCard.Edit");
        assertEquals(404, manager.put(schedule(mine), "{\"recurrence\": \"DAILY\"}").getStatus());
        body(api.put(schedule(mine), "{\"recurrence\": \"DAILY\"}"), 201);
        // Scheduled, so published: now everyone with View sees it, and Edit may run it.
        body(viewer.get(schedule(mine)), 200);
        body(viewer.get(runs(mine)), 200);
        assertEquals(403, viewer.post(runs(mine), "", MediaType.APPLICATION_JSON).getStatus());
        assertEquals(403, viewer.delete(schedule(mine)).getStatus());
        body(manager.post(runs(mine), "", MediaType.APPLICATION_JSON), 200);
        assertEquals(1, json(body(viewer.get(runs(mine)), 200)).getInt("total"));
    }

    @Test
    void aScheduledReportStaysPublished() {
        long id = savedReport("Shared");
        body(api.put(schedule(id), "{\"recurrence\": \"DAILY\"}"), 201);
        assertEquals("Report " + id + " is scheduled, and a scheduled report is published; delete its schedule first.",
                json(body(api.put(LIBRARY + "/" + id + "/published", "{\"published\": false}"), 409)).getString("detail"));
        body(api.delete(schedule(id)), 204);
        body(api.put(LIBRARY + "/" + id + "/published", "{\"published\": false}"), 200);
    }

    @Test
    void deletingTheScheduleOrTheReportKeepsTheExportedFiles() {
        long id = savedReport("Kept");
        body(api.put(schedule(id), "{\"recurrence\": \"DAILY\"}"), 201);
        body(api.post(runs(id), "", MediaType.APPLICATION_JSON), 200);
        Path first = EXPORTS.resolve("Reports/Kept-2026-11-04T00:00:00Z.csv");
        assertTrue(Files.isRegularFile(first));

        body(api.delete(schedule(id)), 204);
        body(api.get(schedule(id)), 404);
        body(api.get(runs(id)), 404);
        assertTrue(Files.isRegularFile(first), "deleting the schedule keeps its files");

        body(api.put(schedule(id), "{\"recurrence\": \"DAILY\", \"prefix\": \"again\"}"), 201);
        assertEquals(0, json(body(api.get(runs(id)), 200)).getInt("total"), "a new schedule, a new history");
        body(api.post(runs(id), "", MediaType.APPLICATION_JSON), 200);
        body(api.delete(LIBRARY + "/" + id), 204);
        body(api.get(schedule(id)), 404);
        assertTrue(Files.isRegularFile(first));
        assertTrue(Files.isRegularFile(EXPORTS.resolve("Reports/again/Kept-2026-11-04T00:00:00Z.csv")),
                "deleting the report keeps its files");
    }

    @Test
    void deletingAScheduledReportDeletesItsScheduleAndHistoryInOneGo() {
        long id = savedReport("Gone");
        body(api.put(schedule(id), "{\"recurrence\": \"DAILY\"}"), 201);
        body(api.post(runs(id), "", MediaType.APPLICATION_JSON), 200);
        body(api.delete(LIBRARY + "/" + id), 204);
        body(api.get(LIBRARY + "/" + id), 404);
        body(api.get(schedule(id)), 404);
        assertTrue(Files.isRegularFile(EXPORTS.resolve("Reports/Gone-2026-11-04T00:00:00Z.csv")));
    }

    @Test
    void exportsFromConfigurationAreListedAndRunThroughTheSameEngine() throws IOException {
        postEvents("""
                [{"username": "lena", "type": "LOGIN", "time": "2026-10-31T14:00:00Z", "routingProfile": "Sales Profile"},
                 {"username": "lena", "type": "LOGOUT", "time": "2026-10-31T22:00:00Z"},
                 {"username": "omar", "type": "LOGIN", "time": "2026-11-01T14:00:00Z", "routingProfile": "Support"},
                 {"username": "omar", "type": "LOGOUT", "time": "2026-11-01T15:00:00Z"},
                 {"username": "lena", "type": "LOGIN", "time": "2026-11-02T06:00:00Z"},
                 {"username": "lena", "type": "LOGOUT", "time": "2026-11-02T07:00:00Z"}]""");
        JsonObject listed = json(body(api.get("/api/v1/exports"), 200)).getJsonArray("items").getJsonObject(0);
        // A Wednesday: Friday at 00:00 in New York, covering the two days before it.
        assertEquals("{\"name\":\"nightly-sales\",\"origin\":\"CONFIGURATION\",\"recurrence\":\"WEEKLY\","
                + "\"days\":[\"MONDAY\",\"FRIDAY\"],\"timeZone\":\"America/New_York\",\"prefix\":\"config/sales\","
                + "\"nextRun\":{\"slot\":\"2026-11-06T05:00:00Z\",\"covers\":{\"start\":\"2026-11-04T00:00:00-05:00\","
                + "\"end\":\"2026-11-06T00:00:00-05:00\"}},\"latestRun\":null,\"range\":\"LAST_2_DAYS\","
                + "\"filters\":{\"agent\":[],\"routingProfile\":[\"Sales Profile\"],\"hierarchyGroup\":[]}}",
                Json.createObjectBuilder(listed).remove("since").build().toString());

        // Monday 2 November, 00:00 in New York: Saturday and Sunday, 49 hours across the clock change.
        String key = "Reports/config/sales/nightly-sales-2026-11-02T05:00:00Z.csv";
        String run = body(api.post("/api/v1/exports/nightly-sales/runs", "{\"slot\": \"2026-11-02T05:00:00Z\"}",
                MediaType.APPLICATION_JSON), 200);
        assertEquals("{\"export\":\"configuration:nightly-sales\",\"origin\":\"CONFIGURATION\",\"slot\":"
                + "\"2026-11-02T05:00:00Z\",\"attempt\":1,\"trigger\":\"MANUAL\",\"result\":\"SUCCEEDED\",\"objectKey\":\""
                + key + "\",\"rowCount\":1,\"error\":null}", withoutTimes(run));
        String csv = HEADER + "lena,,,Sales Profile,,2026-10-31T10:00:00-04:00,2026-10-31T18:00:00-04:00,8:00:00\r\n";
        assertEquals(csv, Files.readString(EXPORTS.resolve(key), StandardCharsets.UTF_8));
        assertEquals(csv, api.reportOk("text/csv", Map.of("range", "CUSTOM", "start", "2026-10-31T00:00:00",
                "end", "2026-11-02T00:00:00", "timeZone", "America/New_York", "routingProfile", "Sales Profile")));

        assertEquals(1, json(body(api.get("/api/v1/exports/nightly-sales/runs"), 200)).getInt("total"));
        assertEquals(json(body(api.get("/api/v1/exports"), 200)).getJsonArray("items").getJsonObject(0),
                json(body(api.get("/api/v1/exports/nightly-sales"), 200)));
        body(api.get("/api/v1/exports/no-such-export"), 404);
        assertEquals("SUCCEEDED", json(body(api.get("/api/v1/exports"), 200)).getJsonArray("items").getJsonObject(0)
                .getJsonObject("latestRun").getString("result"));
        body(api.get("/api/v1/exports/no-such-export/runs"), 404);
        assertEquals("slot", json(body(api.post("/api/v1/exports/nightly-sales/runs",
                "{\"slot\": \"2026-11-03T05:00:00Z\"}", MediaType.APPLICATION_JSON), 400)).getJsonArray("errors")
                .getJsonObject(0).getString("field"), "a Tuesday is not one of its days");
    }

    private ApiClient user(String username, String profile) {
        body(api.post("/api/v1/users", "{\"username\": \"" + username + "\", \"password\": \"" + username
                + "-password\", \"profiles\": [\"" + profile + "\"]}", MediaType.APPLICATION_JSON), 201);
        return api.as(username, username + "-password");
    }

    private void postEvents(String events) {
        api.postOk("/api/v1/events", events, MediaType.APPLICATION_JSON);
    }

    private long savedReport(String name) {
        return savedReport(name, "{}");
    }

    private long savedReport(String name, String filters) {
        String saved = body(api.post(LIBRARY, "{\"name\": \"" + name + "\", \"range\": \"TODAY\","
                + " \"filters\": " + filters + "}", MediaType.APPLICATION_JSON), 201);
        return json(saved).getJsonNumber("id").longValue();
    }

    private static String schedule(long id) {
        return LIBRARY + "/" + id + "/schedule";
    }

    private static String runs(long id) {
        return schedule(id) + "/runs";
    }

    private static String run(long reportId, int attempt, String slot, String trigger, String result, String key,
                              int rows, String error) {
        return "{\"export\":\"saved-report:" + reportId + "\",\"origin\":\"SAVED_REPORT\",\"slot\":\"" + slot
                + "\",\"attempt\":" + attempt + ",\"trigger\":\"" + trigger + "\",\"result\":\"" + result
                + "\",\"objectKey\":\"" + key + "\",\"rowCount\":" + rows + ",\"error\":" + error + "}";
    }

    /** A run without its id and the times it started and finished, which are the test clock's. */
    private static String withoutTimes(String run) {
        JsonObject json = json(run);
        assertEquals("2026-11-04T10:00:00Z", json.getString("started"));
        return Json.createObjectBuilder(json).remove("id").remove("started").remove("finished").build().toString();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
