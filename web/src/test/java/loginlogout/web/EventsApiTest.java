package loginlogout.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /api/v1/events: idempotent batches, one transaction each, every bad field named. */
@HelidonTest
class EventsApiTest extends ApiTest {

    private static final Map<String, Object> NOVEMBER_2 = Map.of("range", "CUSTOM",
            "start", "2026-11-02T00:00:00", "end", "2026-11-03T00:00:00", "format", "csv");
    private static final String HEADER =
            "User login,First name,Last name,Routing profile,Agent hierarchy,Login time,Logout time,Duration\r\n";



    @Test
    void oneEventObjectIsStored() {
        assertEquals("{\"received\":1,\"stored\":1,\"duplicates\":0}", api.postOk("/api/v1/events",
                "{\"username\": \"jdoe\", \"type\": \"LOGIN\", \"time\": \"2026-11-02T13:00:00Z\"}",
                MediaType.APPLICATION_JSON));
        assertEquals(HEADER + "jdoe,,,,,2026-11-02T13:00:00+00:00,,\r\n", api.reportOk(null, NOVEMBER_2));
    }

    @Test
    void anArrayWithOffsetsFractionsAttributesAndRedeliveries() {
        String batch = """
                [{"eventId": "a1", "username": "jdoe", "type": "LOGIN", "time": "2026-11-02T08:00:00.250-05:00",
                  "firstName": "Jane", "lastName": "Doe", "routingProfile": "Sales", "hierarchy": ["NA", "Boston"]},
                 {"eventId": "a1", "username": "jdoe", "type": "LOGIN", "time": "2026-11-02T08:00:00.250-05:00"},
                 {"username": "jdoe", "type": "LOGOUT", "time": "2026-11-02T22:30:10.999Z"},
                 {"username": "jdoe", "type": "LOGOUT", "time": "2026-11-02T22:30:10.999Z"}]""";
        assertEquals("{\"received\":4,\"stored\":2,\"duplicates\":2}",
                api.postOk("/api/v1/events", batch, MediaType.APPLICATION_JSON));
        assertEquals("{\"received\":4,\"stored\":0,\"duplicates\":4}",
                api.postOk("/api/v1/events", batch, MediaType.APPLICATION_JSON));
        assertEquals(HEADER + "jdoe,Jane,Doe,Sales,NA / Boston,2026-11-02T13:00:00+00:00,2026-11-02T22:30:10+00:00,9:30:10\r\n",
                api.reportOk(null, NOVEMBER_2));
    }

    @Test
    void aBatchWithABadEventIsRefusedWholeAndNamesEveryBadField() {
        api.postOk("/api/v1/events", "{\"username\": \"ann\", \"type\": \"LOGIN\", \"time\": \"2026-11-02T08:00:00Z\"}",
                MediaType.APPLICATION_JSON);
        String before = api.reportOk(null, NOVEMBER_2);

        Response response = api.post("/api/v1/events", """
                [{"username": "ann", "type": "LOGOUT", "time": "2026-11-02T17:00:00Z"},
                 {"type": "LOGGED_IN", "time": "yesterday"},
                 42,
                 {"username": "bob", "type": "LOGIN", "time": "2026-11-02T09:00:00Z", "hierarchy": ["1","2","3","4","5","6"]},
                 {"username": 7, "type": "LOGIN", "time": "2026-11-02T09:00:00"}]""", MediaType.APPLICATION_JSON);

        assertEquals(400, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"7 field(s) of the events are invalid; nothing of this request was stored."
                + " Fix them and send the request again.\",\"errors\":["
                + "{\"index\":1,\"field\":\"username\",\"message\":\"is required\"},"
                + "{\"index\":1,\"field\":\"type\",\"message\":\"must be LOGIN or LOGOUT, not 'LOGGED_IN'\"},"
                + "{\"index\":1,\"field\":\"time\",\"message\":\"must be an ISO-8601 time with Z or an offset,"
                + " such as 2026-11-02T13:00:00Z, not 'yesterday'\"},"
                + "{\"index\":2,\"field\":\"\",\"message\":\"must be an event object\"},"
                + "{\"index\":3,\"field\":\"hierarchy\",\"message\":\"has at most 5 levels, not 6\"},"
                + "{\"index\":4,\"field\":\"username\",\"message\":\"must be a string, not number\"},"
                + "{\"index\":4,\"field\":\"time\",\"message\":\"must be an ISO-8601 time with Z or an offset,"
                + " such as 2026-11-02T13:00:00Z, not '2026-11-02T09:00:00'\"}]}",
                response.readEntity(String.class));
        assertEquals(before, api.reportOk(null, NOVEMBER_2));
    }

    @Test
    void bodiesThatAreNotEventsAreRefusedWithAProblem() {
        Response malformed = api.post("/api/v1/events", "[{\"username\": ", MediaType.APPLICATION_JSON);
        assertEquals(400, malformed.getStatus());
        assertEquals("application/problem+json", malformed.getMediaType().toString());
        String problem = malformed.readEntity(String.class);
        assertEquals(true, problem.contains("\"detail\":\"The body is not valid JSON at line 1, column"), problem);

        Response empty = api.post("/api/v1/events", "", MediaType.APPLICATION_JSON);
        assertEquals(400, empty.getStatus());
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"The body is empty: send an event object or a JSON array of them.\"}",
                empty.readEntity(String.class));
    }

    @Test
    void anAddressThatDoesNotExistIsAProblemToo() {
        Response response = api.post("/api/v1/nothing", "{}", MediaType.APPLICATION_JSON);
        assertEquals(404, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"There is nothing at this address. The API is under /api/v1: see the README.\"}",
                response.readEntity(String.class));
    }
}
