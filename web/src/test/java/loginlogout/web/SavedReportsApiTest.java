package loginlogout.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The saved-report library: save, open, Save, Save as, publish, share, delete, and who may do which. */
@HelidonTest
class SavedReportsApiTest extends ApiTest {

    private static final String LIBRARY = "/api/v1/saved-reports";
    private static final String LONDON_DAY = "{\"name\": \"London, 26 October\", \"range\": \"CUSTOM\","
            + " \"start\": \"2026-10-26T00:00:00\", \"end\": \"2026-10-27T00:00:00\", \"timeZone\": \"Europe/London\","
            + " \"filters\": {\"hierarchyGroup\": [\"London\"]}}";

    private ApiClient admin;
    private ApiClient maria;
    private ApiClient omar;
    private ApiClient viewer;

    @BeforeEach
    void twoManagersAViewerAndTheSampleDay() {
        admin = api;
        admin.postOk("/api/v1/events/amazon-connect", ApiClient.resource("/amazon-connect/agent-events-2026-10-26.ndjson"),
                "application/x-ndjson");
        admin.post("/api/v1/security-profiles", "{\"name\": \"Viewer\", \"permissions\": [\"AgentTimeCard.View\"]}",
                MediaType.APPLICATION_JSON).close();
        maria = user("maria", "CallCenterManager");
        omar = user("omar", "CallCenterManager");
        viewer = user("vic", "Viewer");
    }

    private ApiClient user(String username, String profile) {
        Response created = admin.post("/api/v1/users", "{\"username\": \"" + username + "\", \"password\": \""
                + username + "-password\", \"profiles\": [\"" + profile + "\"]}", MediaType.APPLICATION_JSON);
        assertEquals(201, created.getStatus(), created.readEntity(String.class));
        return admin.as(username, username + "-password");
    }

    private static String body(Response response, int status) {
        String body = response.readEntity(String.class);
        assertEquals(status, response.getStatus(), body);
        return body;
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        m.find();
        return Long.parseLong(m.group(1));
    }

    /** The report's JSON without the fields that differ every run. */
    private static String settings(String json) {
        return json.replaceAll("\"id\":\\d+", "\"id\":ID").replaceAll("\"(createdAt|updatedAt)\":\"[^\"]+\"", "\"$1\":T")
                .replaceAll("saved-reports/\\d+", "saved-reports/ID").replaceAll("http://[^/]+/", "BASE/");
    }

    private long saved(ApiClient who, String settings) {
        return id(body(who.post(LIBRARY, settings, MediaType.APPLICATION_JSON), 201));
    }

    @Test
    void aSavedReportOpensWithTheSettingsItWasSavedWith() {
        Response created = maria.post(LIBRARY, LONDON_DAY, MediaType.APPLICATION_JSON);
        String json = body(created, 201);
        long id = id(json);
        assertEquals("\"1\"", created.getHeaderString("ETag"));
        assertEquals(true, created.getHeaderString("Location").endsWith("/api/v1/saved-reports/" + id));
        String expected = "{\"id\":ID,\"name\":\"London, 26 October\",\"owner\":\"maria\",\"range\":\"CUSTOM\","
                + "\"start\":\"2026-10-26T00:00:00\",\"end\":\"2026-10-27T00:00:00\",\"timeZone\":\"Europe/London\","
                + "\"filters\":{\"agent\":[],\"routingProfile\":[],\"hierarchyGroup\":[\"London\"]},\"published\":false,"
                + "\"createdAt\":T,\"updatedAt\":T,\"version\":1,\"link\":\"BASE/api/v1/saved-reports/ID\"}";
        assertEquals(expected, settings(json));
        assertEquals(expected, settings(body(maria.get(LIBRARY + "/" + id), 200)));
        assertEquals(created.getHeaderString("Location"), json.replaceAll(".*\"link\":\"([^\"]+)\".*", "$1"));
    }

    @Test
    void theReportOfASavedReportIsTheOnDemandReportWithItsSettings() {
        long id = saved(maria, LONDON_DAY);
        Response savedCsv = maria.request(LIBRARY + "/" + id + "/report", "text/csv").get();
        String onDemand = maria.reportOk("text/csv", Map.of("range", "CUSTOM", "start", "2026-10-26T00:00:00",
                "end", "2026-10-27T00:00:00", "timeZone", "Europe/London", "hierarchyGroup", "London"));
        assertEquals("attachment; filename=\"Login_Logout report.csv\"", savedCsv.getHeaderString("Content-Disposition"));
        assertEquals(onDemand, new String(savedCsv.readEntity(byte[].class), StandardCharsets.UTF_8));
        assertEquals("User login,First name,Last name,Routing profile,Agent hierarchy,Login time,Logout time,Duration\r\n"
                + "lpetrov,Lena,Petrov,Sales Profile,EMEA / London,2026-10-26T12:30:00+00:00,2026-10-26T20:45:10+00:00,8:15:10\r\n"
                + "mgarcia,Maria,Garcia,Basic Routing Profile,EMEA / London / Team Blue,2026-10-26T07:58:12+00:00,"
                + "2026-10-26T16:31:05+00:00,8:32:53\r\n", onDemand);
        assertEquals(maria.reportOk("application/json", Map.of("range", "CUSTOM", "start", "2026-10-26T00:00:00",
                "end", "2026-10-27T00:00:00", "timeZone", "Europe/London", "hierarchyGroup", "London")),
                body(maria.get(LIBRARY + "/" + id + "/report"), 200));
    }

    @Test
    void saveOverwritesTheVersionReadAndAStaleVersionIsAConflict() {
        long id = saved(maria, LONDON_DAY);
        String yesterday = "{\"name\": \"Yesterday in Paris\", \"range\": \"YESTERDAY\", \"timeZone\": \"Europe/Paris\"}";
        Response saved = maria.request(LIBRARY + "/" + id).header("If-Match", "\"1\"").put(Entity.json(yesterday));
        assertEquals(true, settings(body(saved, 200)).contains("\"name\":\"Yesterday in Paris\",\"owner\":\"maria\","
                + "\"range\":\"YESTERDAY\",\"start\":null,\"end\":null,\"timeZone\":\"Europe/Paris\""));
        assertEquals("\"2\"", saved.getHeaderString("ETag"));
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"The report was changed"
                + " by someone else since version 1; open it again and redo the change.\"}",
                body(maria.request(LIBRARY + "/" + id).header("If-Match", "\"1\"").put(Entity.json(LONDON_DAY)), 409));
        assertEquals(428, maria.put(LIBRARY + "/" + id, LONDON_DAY).getStatus());
        assertEquals(true, body(maria.request(LIBRARY + "/" + id).header("If-Match", "\"2\"")
                .put(Entity.json(LONDON_DAY.replace("}}", "}, \"version\": 1}"))), 400).contains("\"detail\":\"If-Match says"
                + " version 2 and the body says 1; send the one you read, once.\""));
        body(maria.put(LIBRARY + "/" + id, LONDON_DAY.replace("}}", "}, \"version\": 2}")), 200);
    }

    @Test
    void ofTwoConcurrentSavesOfOneVersionExactlyOneWins() throws Exception {
        long id = saved(maria, LONDON_DAY);
        body(maria.put(LIBRARY + "/" + id + "/published", "{\"published\": true}"), 200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (ApiClient who : new ApiClient[] {maria, omar}) {
                Callable<Integer> save = () -> who.request(LIBRARY + "/" + id).header("If-Match", "\"2\"")
                        .put(Entity.json(LONDON_DAY.replace("London, 26 October", "saved by " + who.hashCode())))
                        .getStatus();
                answers.add(pool.submit(save));
            }
            List<Integer> statuses = new ArrayList<>(List.of(answers.get(0).get(), answers.get(1).get()));
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals(true, body(maria.get(LIBRARY + "/" + id), 200).contains("\"version\":3"));
    }

    @Test
    void saveAsMakesAPrivateCopyInTheCallersLibrary() {
        long id = saved(maria, LONDON_DAY);
        body(maria.put(LIBRARY + "/" + id + "/published", "{\"published\": true}"), 200);
        String copy = body(omar.post(LIBRARY + "/" + id + "/copies", "{\"name\": \"My London\"}",
                MediaType.APPLICATION_JSON), 201);
        assertEquals(true, settings(copy).startsWith("{\"id\":ID,\"name\":\"My London\",\"owner\":\"omar\","
                + "\"range\":\"CUSTOM\""), copy);
        assertEquals(true, copy.contains("\"published\":false,"), copy);
        body(maria.get(LIBRARY + "/" + id(copy)), 404);
    }

    @Test
    void aPrivateReportOfAnotherUserIsNotFoundForEveryone() {
        long id = saved(maria, LONDON_DAY);
        String notFound = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"There is no saved"
                + " report " + id + " that you may open.\"}";
        assertEquals(notFound, body(omar.get(LIBRARY + "/" + id), 404));
        assertEquals(notFound, body(admin.get(LIBRARY + "/" + id), 404));
        assertEquals(notFound, body(admin.delete(LIBRARY + "/" + id), 404));
        assertEquals(notFound, body(omar.get(LIBRARY + "/" + id + "/report"), 404));
    }

    @Test
    void eachUserListsTheirOwnAndThePublishedReports() {
        long london = saved(maria, LONDON_DAY);
        saved(maria, "{\"name\": \"Private\", \"range\": \"TODAY\"}");
        saved(omar, "{\"name\": \"Omar's\", \"range\": \"LAST_24_HOURS\"}");
        body(maria.put(LIBRARY + "/" + london + "/published", "{\"published\": true}"), 200);
        assertEquals(List.of("London, 26 October", "Private"), names(maria));
        assertEquals(List.of("London, 26 October", "Omar's"), names(omar));
        assertEquals(List.of("London, 26 October"), names(viewer));
        assertEquals(List.of("London, 26 October"), names(admin));
        assertEquals(403, user("agent", "Agent").get(LIBRARY).getStatus());
        String page = body(maria.get(LIBRARY, Map.of("offset", 1, "limit", 1)), 200);
        assertEquals(true, page.endsWith("],\"offset\":1,\"limit\":1,\"total\":2}") && page.contains("\"name\":\"Private\""), page);
        assertEquals(true, body(maria.get(LIBRARY, Map.of("limit", 501)), 400).contains("\"parameter\":\"limit\""));
    }

    private static List<String> names(ApiClient who) {
        Matcher m = Pattern.compile("\"name\":\"([^\"]+)\"").matcher(body(who.get(LIBRARY), 200));
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void rightsOnAPublishedReport() {
        long id = saved(maria, LONDON_DAY);
        body(viewer.get(LIBRARY + "/" + id), 404);
        body(maria.put(LIBRARY + "/" + id + "/published", "{\"published\": true}"), 200);
        // View opens it and copies it, but changes nothing of it.
        body(viewer.get(LIBRARY + "/" + id), 200);
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Only its owner, or a"
                + " user with AgentTimeCard.Edit once it is published, may change this report.\"}",
                body(viewer.put(LIBRARY + "/" + id, LONDON_DAY.replace("}}", "}, \"version\": 2}")), 403));
        body(viewer.put(LIBRARY + "/" + id + "/published", "{\"published\": false}"), 403);
        body(viewer.delete(LIBRARY + "/" + id), 403);
        // Edit changes and unpublishes it, but does not delete it; Delete (the Admin has it) does.
        body(omar.put(LIBRARY + "/" + id, LONDON_DAY.replace("26 October", "edited").replace("}}", "}, \"version\": 2}")), 200);
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Only its owner, or a"
                + " user with AgentTimeCard.Delete, may delete this published report.\"}",
                body(omar.delete(LIBRARY + "/" + id), 403));
        body(omar.put(LIBRARY + "/" + id + "/published", "{\"published\": false}"), 200);
        body(omar.get(LIBRARY + "/" + id), 404);
        body(maria.put(LIBRARY + "/" + id + "/published", "{\"published\": true}"), 200);
        assertEquals(204, admin.delete(LIBRARY + "/" + id).getStatus());
        body(maria.get(LIBRARY + "/" + id), 404);
    }

    @Test
    void theOwnerDeletesTheirOwn() {
        long id = saved(viewer, "{\"name\": \"Mine\", \"range\": \"YESTERDAY\"}");
        assertEquals(204, viewer.delete(LIBRARY + "/" + id).getStatus());
        body(viewer.get(LIBRARY + "/" + id), 404);
    }

    @Test
    void badNamesAndSettingsAreRefusedAndNothingIsSaved() {
        assertEquals(true, body(maria.post(LIBRARY, "{\"name\": \"  \", \"range\": \"TODAY\"}", MediaType.APPLICATION_JSON),
                400).contains("{\"index\":0,\"field\":\"name\",\"message\":\"name is required: 1 to 100 characters.\"}"));
        assertEquals(true, body(maria.post(LIBRARY, "{\"name\": \"" + "x".repeat(101) + "\"}", MediaType.APPLICATION_JSON),
                400).contains("\"message\":\"name has 101 characters; at most 100 are allowed.\""));
        // Counted as the database counts: 50 rockets are 100 UTF-16 units and a name; 51 are not.
        body(maria.post(LIBRARY, "{\"name\": \"" + "\uD83D\uDE80".repeat(50) + "\"}", MediaType.APPLICATION_JSON), 201);
        body(maria.post(LIBRARY, "{\"name\": \"" + "\uD83D\uDE80".repeat(51) + "\"}", MediaType.APPLICATION_JSON), 400);
        assertEquals(true, body(maria.post(LIBRARY, "{\"name\": \"tab\\there\"}", MediaType.APPLICATION_JSON), 400)
                .contains("{\"index\":0,\"field\":\"name\",\"message\":\"must not contain control characters (found U+0009)\"}"));
        assertEquals(true, body(maria.post(LIBRARY, "{\"name\": \"x\", \"range\": \"CUSTOM\", \"end\": \"2026-10-27T00:00:00\"}",
                MediaType.APPLICATION_JSON), 400).contains("\"parameter\":\"start\""));
        assertEquals(true, body(maria.post(LIBRARY, "{\"name\": \"x\", \"timeZone\": \"Mars/Base\"}",
                MediaType.APPLICATION_JSON), 400).contains("\"parameter\":\"timeZone\""));
        assertEquals(true, body(maria.post(LIBRARY, "{\"name\": \"x\", \"filters\": {\"team\": [\"a\"]}}",
                MediaType.APPLICATION_JSON), 400).contains("\"field\":\"filters.team\""));
        saved(maria, LONDON_DAY);
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"'maria' has a saved"
                + " report named 'London, 26 October' already; choose another name.\"}",
                body(maria.post(LIBRARY, LONDON_DAY, MediaType.APPLICATION_JSON), 409));
        saved(omar, LONDON_DAY);
        assertEquals(List.of("London, 26 October", "\uD83D\uDE80".repeat(50)), names(maria));
    }

    @Test
    void aLongLibraryPage() {
        for (int i = 0; i < 12; i++) {
            saved(maria, "{\"name\": \"report " + (10 + i) + "\", \"range\": \"YESTERDAY\"}");
        }
        assertEquals(12, names(maria).size());
        assertEquals(true, body(maria.get(LIBRARY), 200).endsWith("\"offset\":0,\"limit\":50,\"total\":12}"));
    }

    @Test
    void theSavedSettingsCannotBeOverriddenByTheQuery() {
        long id = saved(maria, LONDON_DAY);
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Unknown parameter"
                + " 'timeZone'; this address takes format.\",\"parameter\":\"timeZone\"}",
                body(maria.get(LIBRARY + "/" + id + "/report", Map.of("timeZone", "UTC")), 400));
        assertEquals(true, body(maria.get(LIBRARY, Map.of("foo", 1)), 400).contains("\"parameter\":\"foo\""));
        assertEquals(true, body(maria.get(LIBRARY + "/" + id, Map.of("foo", 1)), 400)
                .contains("\"detail\":\"Unknown parameter 'foo'; this address takes none.\""));
        body(admin.get("/api/v1/users/admin", Map.of("foo", 1)), 400);
        body(admin.get("/api/v1/security-profiles", Map.of("foo", 1)), 400);
    }
}
