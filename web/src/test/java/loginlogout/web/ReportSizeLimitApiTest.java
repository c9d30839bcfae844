package loginlogout.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A report over {@code report.max-rows} is a 422 saying what to do, with no partial report or file. */
@HelidonTest
@AddConfig(key = "report.max-rows", value = "2")
@AddConfig(key = "report.max-range-days", value = "3")
class ReportSizeLimitApiTest extends ApiTest {

    private static final Map<String, Object> NOVEMBER_2 = Map.of("range", "CUSTOM",
            "start", "2026-11-02T00:00:00", "end", "2026-11-03T00:00:00");


    @BeforeEach
    void threeSessions() {
        api.postOk("/api/v1/events", """
                [{"username": "a", "type": "LOGIN", "time": "2026-11-02T08:00:00Z"},
                 {"username": "b", "type": "LOGIN", "time": "2026-11-02T08:00:00Z"},
                 {"username": "c", "type": "LOGIN", "time": "2026-11-02T08:00:00Z"}]""", MediaType.APPLICATION_JSON);
    }

    @Test
    void overTheLimitIs422AsJsonAndAsCsv() {
        for (String accept : new String[] {MediaType.APPLICATION_JSON, "text/csv"}) {
            Response response = api.report(accept, NOVEMBER_2);
            assertEquals(422, response.getStatus());
            assertEquals("application/problem+json", response.getMediaType().toString());
            assertEquals("{\"type\":\"about:blank\",\"title\":\"Unprocessable Content\",\"status\":422,\"detail\":"
                    + "\"The report has more than 2 rows, the most one report may hold. Shorten the time range or add"
                    + " filters (agent, routing profile, hierarchy group).\"}", response.readEntity(String.class));
        }
    }

    @Test
    void filteredUnderTheLimitItIsMade() {
        String csv = api.reportOk("text/csv", Map.of("range", "CUSTOM", "start", "2026-11-02T00:00:00",
                "end", "2026-11-03T00:00:00", "agent", "b"));
        assertEquals("User login,First name,Last name,Routing profile,Agent hierarchy,Login time,Logout time,Duration\r\n"
                + "b,,,,,2026-11-02T08:00:00+00:00,,\r\n", csv);
    }

    @Test
    void theLongestCustomRangeFollowsTheSetting() {
        Response response = api.report(MediaType.APPLICATION_JSON, Map.of("range", "CUSTOM",
                "start", "2026-11-02T00:00:00", "end", "2026-11-05T00:00:01"));
        assertEquals(400, response.getStatus());
        assertEquals(true, response.readEntity(String.class).contains("\"parameter\":\"end\""));
    }
}
