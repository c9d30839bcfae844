package loginlogout.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared Amazon Connect agent event samples, imported, give the report a Connect user expects. */
@HelidonTest
class AmazonConnectImportTest extends ApiTest {

    private static final String PATH = "/api/v1/events/amazon-connect";
    private static final String NDJSON = ApiClient.resource("/amazon-connect/agent-events-2026-10-26.ndjson");
    private static final String ARRAY = ApiClient.resource("/amazon-connect/agent-events-array.json");
    private static final String HEADER =
            "User login,First name,Last name,Routing profile,Agent hierarchy,Login time,Logout time,Duration\r\n";
    // 2026-10-26 in London is the first day after the clocks went back: GMT, +00:00.
    private static final String OCTOBER_26_IN_LONDON = HEADER
            + "lpetrov,Lena,Petrov,Sales Profile,EMEA / London,2026-10-26T12:30:00+00:00,2026-10-26T20:45:10+00:00,8:15:10\r\n"
            + "mgarcia,Maria,Garcia,Basic Routing Profile,EMEA / London / Team Blue,2026-10-26T07:58:12+00:00,"
            + "2026-10-26T16:31:05+00:00,8:32:53\r\n"
            + "okafor@example.com,Chidi,Okafor,Basic Routing Profile,,2026-10-26T09:00:00+00:00,2026-10-26T09:12:44+00:00,"
            + "0:12:44\r\n"
            + "tnguyen,Thanh,Nguyen,Sales Profile,EMEA / Leeds,2026-10-25T22:05:00+00:00,2026-10-26T06:02:30+00:00,7:57:30\r\n"
            + "tnguyen,Thanh,Nguyen,Sales Profile,EMEA / Leeds,2026-10-26T21:55:00+00:00,,\r\n";



    private String october26(String zone) {
        return api.reportOk("text/csv", Map.of("range", "CUSTOM", "start", "2026-10-26T00:00:00",
                "end", "2026-10-27T00:00:00", "timeZone", zone));
    }

    @Test
    void theNdjsonSampleGivesTheExpectedReport() {
        // 13 records: 3 heartbeats and state changes skipped, lpetrov's LOGIN delivered twice.
        assertEquals("{\"received\":13,\"stored\":9,\"duplicates\":1,\"skipped\":3}",
                api.postOk(PATH, NDJSON, "application/x-ndjson"));
        assertEquals(OCTOBER_26_IN_LONDON, october26("Europe/London"));
    }

    @Test
    void theArraySampleOverlapsTheNdjsonOneAndChangesNothing() {
        api.postOk(PATH, NDJSON, "application/x-ndjson");
        assertEquals("{\"received\":4,\"stored\":0,\"duplicates\":2,\"skipped\":2}",
                api.postOk(PATH, ARRAY, MediaType.APPLICATION_JSON));
        assertEquals(OCTOBER_26_IN_LONDON, october26("Europe/London"));
    }

    @Test
    void theArraySampleAloneHasTwoOpenSessions() {
        assertEquals("{\"received\":4,\"stored\":2,\"duplicates\":0,\"skipped\":2}",
                api.postOk(PATH, ARRAY, MediaType.APPLICATION_JSON));
        assertEquals(HEADER
                + "mgarcia,Maria,Garcia,Basic Routing Profile,EMEA / London / Team Blue,2026-10-26T08:58:12+01:00,,\r\n"
                + "tnguyen,Thanh,Nguyen,Sales Profile,EMEA / Leeds,2026-10-25T23:05:00+01:00,,\r\n",
                api.reportOk("text/csv", Map.of("range", "CUSTOM", "start", "2026-10-25T00:00:00",
                        "end", "2026-10-27T00:00:00", "timeZone", "Europe/Paris")));
    }

    @Test
    void ndjsonPostedWithoutItsContentTypeIsStillRead() {
        assertEquals("{\"received\":13,\"stored\":9,\"duplicates\":1,\"skipped\":3}",
                api.postOk(PATH, NDJSON, "application/x-www-form-urlencoded"));
    }

    @Test
    void aRecordWithoutSnapshotOfAnUnknownAgentIsRefusedAndNothingIsStored() {
        String logoutOfUnknownAgent = "{\"AgentARN\": \"arn:aws:connect:eu-west-2:1:instance/i/agent/zzz\","
                + " \"EventId\": \"x\", \"EventTimestamp\": \"2026-10-26T10:00:00Z\", \"EventType\": \"LOGOUT\"}";
        Response response = api.post(PATH, "[" + ARRAY.strip().substring(1, ARRAY.strip().length() - 1) + ","
                + logoutOfUnknownAgent + "]", MediaType.APPLICATION_JSON);
        assertEquals(400, response.getStatus());
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"1 field(s) of"
                + " the records are invalid; nothing of this request was stored. Fix them and send the request again.\","
                + "\"errors\":[{\"index\":4,\"field\":\"CurrentAgentSnapshot.Configuration.Username\",\"message\":"
                + "\"the record has no CurrentAgentSnapshot and agent zzz is unknown; send a record of this agent that"
                + " has one (its LOGIN does) first, or in the same request\"}]}", response.readEntity(String.class));
        assertEquals(HEADER, october26("UTC"));
    }

    @Test
    void aRecordWithoutSnapshotFindsItsUserFromAnEarlierRequest() {
        api.postOk(PATH, ARRAY, MediaType.APPLICATION_JSON);
        String logout = "{\"AgentARN\": \"arn:aws:connect:eu-west-2:123456789012:instance/5d9a1c3e-0b7f-4f5e-9a41-"
                + "2c8e7d6b0a11/agent/7b2d4c6e-2222-4b1c-9d2e-bbbbbbbbbbbb\", \"EventId\": \"late-logout\","
                + " \"EventTimestamp\": \"2026-10-26T06:02:30Z\", \"EventType\": \"LOGOUT\", \"Unknown\": {\"a\": 1}}";
        assertEquals("{\"received\":1,\"stored\":1,\"duplicates\":0,\"skipped\":0}",
                api.postOk(PATH, logout, MediaType.APPLICATION_JSON));
        String report = october26("UTC");
        assertEquals(true, report.contains(
                "tnguyen,Thanh,Nguyen,Sales Profile,EMEA / Leeds,2026-10-25T22:05:00+00:00,2026-10-26T06:02:30+00:00,7:57:30"),
                report);
    }

    @Test
    void anAgentRenamedAtTheSourceKeepsItsIdAndTheOldNameKeepsItsHistory() {
        api.postOk(PATH, ARRAY, MediaType.APPLICATION_JSON);
        String renamed = ARRAY.replace("\"Username\": \"mgarcia\"", "\"Username\": \"maria.garcia\"")
                .replace("\"EventTimestamp\": \"2026-10-26T07:58:12.345Z\"", "\"EventTimestamp\": \"2026-10-26T18:00:00Z\"")
                .replace("4597013f-3c01-5423-a652-363e84209d9b", "renamed-login");
        assertEquals("{\"received\":4,\"stored\":1,\"duplicates\":1,\"skipped\":2}",
                api.postOk(PATH, renamed, MediaType.APPLICATION_JSON));
        String logoutWithoutSnapshot = "{\"AgentARN\": \"arn:aws:connect:eu-west-2:123456789012:instance/"
                + "5d9a1c3e-0b7f-4f5e-9a41-2c8e7d6b0a11/agent/3f1c2a9e-1111-4a0b-8c1d-aaaaaaaaaaaa\","
                + " \"EventTimestamp\": \"2026-10-26T19:00:00Z\", \"EventType\": \"LOGOUT\"}";
        api.postOk(PATH, logoutWithoutSnapshot, MediaType.APPLICATION_JSON);
        String report = october26("UTC");
        assertEquals(true, report.contains("\r\nmaria.garcia,Maria,Garcia,Basic Routing Profile,EMEA / London / Team Blue,"
                + "2026-10-26T18:00:00+00:00,2026-10-26T19:00:00+00:00,1:00:00\r\n"), report);
        assertEquals(true, report.contains("\r\nmgarcia,Maria,Garcia,Basic Routing Profile,EMEA / London / Team Blue,"
                + "2026-10-26T07:58:12+00:00,,\r\n"), report);
    }

    @Test
    void anAgentRenamedWithinOneRequestStoresBothNames() {
        String login = "{\"AgentARN\": \"arn:aws:connect:eu-west-2:1:instance/i/agent/renamed\", \"EventId\": \"%s\","
                + " \"EventTimestamp\": \"%s\", \"EventType\": \"LOGIN\", \"CurrentAgentSnapshot\": {\"Configuration\":"
                + " {\"Username\": \"%s\", \"FirstName\": \"Maria\", \"LastName\": \"Garcia\"}}}";
        String both = "[" + login.formatted("before", "2026-10-26T08:00:00Z", "mgarcia") + ","
                + login.formatted("after", "2026-10-26T18:00:00Z", "maria.garcia") + "]";
        // Both users take the agent id in one batch; the second must clear it from the first, not collide with it.
        assertEquals("{\"received\":2,\"stored\":2,\"duplicates\":0,\"skipped\":0}",
                api.postOk(PATH, both, MediaType.APPLICATION_JSON));
        assertEquals(HEADER + "maria.garcia,Maria,Garcia,,,2026-10-26T18:00:00+00:00,,\r\n"
                + "mgarcia,Maria,Garcia,,,2026-10-26T08:00:00+00:00,,\r\n", october26("UTC"));
    }
}
