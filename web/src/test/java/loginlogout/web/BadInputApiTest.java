package loginlogout.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input of every other kind: always a 4xx problem that says what to fix, and nothing stored changes. */
@HelidonTest
class BadInputApiTest extends ApiTest {

    private static final Map<String, Object> NOVEMBER_2 = Map.of("range", "CUSTOM",
            "start", "2026-11-02T00:00:00", "end", "2026-11-03T00:00:00", "format", "csv");
    private static final String EVENTS = "/api/v1/events";

    private String stored;

    @BeforeEach
    void oneStoredSession() {
        api.postOk(EVENTS, "{\"username\": \"ann\", \"type\": \"LOGIN\", \"time\": \"2026-11-02T08:00:00Z\"}",
                MediaType.APPLICATION_JSON);
        stored = api.reportOk(null, NOVEMBER_2);
    }

    private String problem(Response response, int status) {
        String body = response.readEntity(String.class);
        assertEquals(status, response.getStatus(), body);
        assertEquals("application/problem+json", response.getMediaType().toString());
        assertEquals(stored, api.reportOk(null, NOVEMBER_2), "stored data changed");
        return body;
    }

    private String fieldError(String event) {
        String body = problem(api.post(EVENTS, event, MediaType.APPLICATION_JSON), 400);
        return body.substring(body.indexOf("\"errors\":"));
    }

    @Test
    void unknownFieldsOfAnEventAreNamed() {
        assertEquals("\"errors\":[{\"index\":0,\"field\":\"routingprofile\",\"message\":\"is not a field of an event;"
                + " the fields are eventId, username, type, time, firstName, lastName, routingProfile and hierarchy\"}]}",
                fieldError("{\"username\": \"bob\", \"type\": \"LOGIN\", \"time\": \"2026-11-02T09:00:00Z\","
                        + " \"routingprofile\": \"Sales\"}"));
    }

    @Test
    void namesWithControlCharactersOrBrokenUnicodeAreRefused() {
        assertEquals("\"errors\":[{\"index\":0,\"field\":\"firstName\",\"message\":\"must not contain control"
                + " characters (found U+0000)\"}]}", fieldError("{\"username\": \"bob\", \"type\": \"LOGIN\","
                + " \"time\": \"2026-11-02T09:00:00Z\", \"firstName\": \"\\u0000nul\"}"));
        assertEquals("\"errors\":[{\"index\":0,\"field\":\"hierarchy[1]\",\"message\":\"must not contain control"
                + " characters (found U+000A)\"}]}", fieldError("{\"username\": \"bob\", \"type\": \"LOGIN\","
                + " \"time\": \"2026-11-02T09:00:00Z\", \"hierarchy\": [\"EMEA\", \"Lon\\ndon\"]}"));
        assertEquals("\"errors\":[{\"index\":0,\"field\":\"username\",\"message\":\"must be valid Unicode: it holds"
                + " an unpaired surrogate \\\\ud800\"}]}", fieldError("{\"username\": \"bad\\ud800name\","
                + " \"type\": \"LOGIN\", \"time\": \"2026-11-02T09:00:00Z\"}"));
    }

    @Test
    void timesOutsideTheSupportedYearsAreRefused() {
        assertEquals("\"errors\":[{\"index\":0,\"field\":\"time\",\"message\":\"must be from the year 1900 to 2199,"
                + " not '3000-01-01T00:00:00Z'\"}]}", fieldError("{\"username\": \"bob\", \"type\": \"LOGIN\","
                + " \"time\": \"3000-01-01T00:00:00Z\"}"));
        String body = problem(api.report(null, Map.of("range", "CUSTOM", "start", "1000-01-01T00:00:00",
                "end", "1000-01-01T12:00:00")), 400);
        assertEquals(true, body.contains("\"detail\":\"Reports cover times from the year 1900 to 2199;"
                + " 1000-01-01T00:00 is outside.\",\"parameter\":\"start\""), body);
    }

    @Test
    void jsonNestedTooDeeplyIsRefused() {
        String body = problem(api.post(EVENTS, "[".repeat(2000) + "]".repeat(2000), MediaType.APPLICATION_JSON), 400);
        assertEquals(true, body.contains("\"detail\":\"The body is not JSON this service reads:"), body);
    }

    @Test
    void moreThanAThousandEventsInOneRequestAreRefusedWhole() {
        String event = "{\"username\": \"bob\", \"type\": \"LOGIN\", \"time\": \"2026-11-02T09:00:00Z\"}";
        String body = problem(api.post(EVENTS, "[" + (event + ",").repeat(1000) + event + "]",
                MediaType.APPLICATION_JSON), 413);
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"A request"
                + " carries at most 1000 events; this one has 1001. Send them in several requests.\"}", body);
    }

    @Test
    void eventsAreJson() {
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Unsupported Media Type\",\"status\":415,\"detail\":"
                + "\"This address takes a JSON body: send it with Content-Type: application/json.\"}",
                problem(api.post(EVENTS, "username=bob", MediaType.TEXT_PLAIN), 415));
    }

    @Test
    void aMethodAnAddressDoesNotTakeIsNamedWithTheOnesItDoes() {
        Response response = api.get(EVENTS);
        assertEquals("POST,OPTIONS", response.getHeaderString("Allow"));
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405,\"detail\":"
                + "\"This address does not take that method; it takes OPTIONS, POST.\"}", problem(response, 405));
    }

    @Test
    void unknownRepeatedOrEmptyReportParametersAreNamed() {
        assertEquals(true, problem(api.report(null, Map.of("timezone", "Asia/Kolkata")), 400)
                .contains("\"detail\":\"Unknown parameter 'timezone'; a report takes range, start, end, timeZone,"
                        + " agent, routingProfile, hierarchyGroup and format.\",\"parameter\":\"timezone\""));
        assertEquals(true, problem(api.report(null, Map.of("range", new String[] {"CUSTOM", "TODAY"})), 400)
                .contains("\"detail\":\"range is given 2 times; give it once.\",\"parameter\":\"range\""));
        assertEquals(true, problem(api.report(null, Map.of("agent", "")), 400)
                .contains("\"detail\":\"An empty agent matches nothing; leave the parameter out to keep every"
                        + " agent.\",\"parameter\":\"agent\""));
    }

    @Test
    void anAddressThatIsNotAValidUriIsABadRequest() throws IOException {
        // Sent by hand: an HTTP client would encode the | itself.
        try (Socket socket = new Socket(target.getUri().getHost(), target.getUri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/reports/login-logout?agent=a|b HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = answer(socket.getInputStream());
            assertEquals(true, answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer);
            assertEquals(true, answer.contains("Content-Type: application/problem+json"), answer);
            assertEquals(true, answer.endsWith("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                    + "\"detail\":\"The address is not a valid URI: percent-encode the query's values (for example |"
                    + " as %7C, a space as %20, % as %25), as curl -G --data-urlencode does.\"}"), answer);
        }
    }

    /** The head and the body of one answer, read by its Content-Length: the server may keep the connection. */
    private static String answer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.read());
        }
        Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(head);
        int bodyLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
        return head + new String(in.readNBytes(bodyLength), StandardCharsets.UTF_8);
    }

    @Test
    void aControlCharacterInTheAddressOrTheUsernameIsRefusedBeforeAnyLookup() {
        Response address = api.get("/api/v1/users/a%00b");
        assertEquals(400, address.getStatus());
        assertEquals("The address holds a control character (such as %00); no user, profile or export has one in"
                + " its name.", Json.createReader(new java.io.StringReader(address.readEntity(String.class)))
                .readObject().getString("detail"));
        assertEquals(401, api.as("a\u0000b", "some-password-here").get("/api/v1/users").getStatus());
    }
}
