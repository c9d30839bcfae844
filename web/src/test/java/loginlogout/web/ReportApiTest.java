package loginlogout.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/reports/login-logout: the same rows as JSON and CSV, and a 400 naming each bad parameter. */
@HelidonTest
class ReportApiTest extends ApiTest {


    @BeforeEach
    void threeAgentsOnNovember2() {
        api.postOk("/api/v1/events", """
                [{"username": "mgarcia", "type": "LOGIN", "time": "2026-11-02T13:00:00Z", "firstName": "Maria",
                  "lastName": "Garcia", "routingProfile": "Basic", "hierarchy": ["EMEA", "London"]},
                 {"username": "mgarcia", "type": "LOGOUT", "time": "2026-11-02T21:30:05.700Z"},
                 {"username": "tnguyen", "type": "LOGIN", "time": "2026-11-02T06:00:00Z", "firstName": "Tom",
                  "lastName": "Nguyen, Jr.", "routingProfile": "Sales", "hierarchy": ["EMEA", "Leeds"]},
                 {"username": "okafor", "type": "LOGOUT", "time": "2026-11-02T14:00:00Z", "firstName": "=1+1"}]""",
                MediaType.APPLICATION_JSON);
    }

    private static Map<String, Object> november2(String zone, Object... more) {
        Map<String, Object> query = new LinkedHashMap<>(Map.of("range", "CUSTOM", "start", "2026-11-02T00:00:00",
                "end", "2026-11-03T00:00:00", "timeZone", zone));
        for (int i = 0; i < more.length; i += 2) {
            query.put((String) more[i], more[i + 1]);
        }
        return query;
    }

    @Test
    void theReportAsJson() {
        Response response = api.report(MediaType.APPLICATION_JSON, november2("America/New_York"));
        assertEquals(200, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals("{\"timeZone\":\"America/New_York\",\"start\":\"2026-11-02T00:00:00-05:00\","
                + "\"end\":\"2026-11-03T00:00:00-05:00\",\"rowCount\":3,\"rows\":["
                + "{\"userLogin\":\"mgarcia\",\"firstName\":\"Maria\",\"lastName\":\"Garcia\",\"routingProfile\":\"Basic\","
                + "\"agentHierarchy\":\"EMEA / London\",\"loginTime\":\"2026-11-02T08:00:00-05:00\","
                + "\"logoutTime\":\"2026-11-02T16:30:05-05:00\",\"duration\":\"8:30:05\",\"durationSeconds\":30605},"
                + "{\"userLogin\":\"okafor\",\"firstName\":\"=1+1\",\"lastName\":null,\"routingProfile\":null,"
                + "\"agentHierarchy\":null,\"loginTime\":null,\"logoutTime\":\"2026-11-02T09:00:00-05:00\","
                + "\"duration\":null,\"durationSeconds\":null},"
                + "{\"userLogin\":\"tnguyen\",\"firstName\":\"Tom\",\"lastName\":\"Nguyen, Jr.\",\"routingProfile\":\"Sales\","
                + "\"agentHierarchy\":\"EMEA / Leeds\",\"loginTime\":\"2026-11-02T01:00:00-05:00\",\"logoutTime\":null,"
                + "\"duration\":null,\"durationSeconds\":null}]}", response.readEntity(String.class));
    }

    @Test
    void jsonIsTheDefault() {
        Response response = api.report(null, Map.of("range", "CUSTOM", "start", "2026-11-02T00:00:00",
                "end", "2026-11-02T01:00:00"));
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals("{\"timeZone\":\"UTC\",\"start\":\"2026-11-02T00:00:00+00:00\",\"end\":\"2026-11-02T01:00:00+00:00\","
                + "\"rowCount\":0,\"rows\":[]}", response.readEntity(String.class));
    }

    @Test
    void theCsvDownloadIsTheSameRowsAsBytes() {
        String expected = "User login,First name,Last name,Routing profile,Agent hierarchy,Login time,Logout time,Duration\r\n"
                + "mgarcia,Maria,Garcia,Basic,EMEA / London,2026-11-02T13:00:00+00:00,2026-11-02T21:30:05+00:00,8:30:05\r\n"
                + "okafor,'=1+1,,,,,2026-11-02T14:00:00+00:00,\r\n"
                + "tnguyen,Tom,\"Nguyen, Jr.\",Sales,EMEA / Leeds,2026-11-02T06:00:00+00:00,,\r\n";
        for (Response response : new Response[] {api.report("text/csv", november2("UTC")),
                api.report(MediaType.APPLICATION_JSON, november2("UTC", "format", "csv"))}) {
            assertEquals(200, response.getStatus());
            assertEquals("text/csv;charset=utf-8", response.getHeaderString("Content-Type"));
            assertEquals("attachment; filename=\"Login_Logout report.csv\"",
                    response.getHeaderString("Content-Disposition"));
            assertEquals(expected, new String(response.readEntity(byte[].class), StandardCharsets.UTF_8));
        }
    }

    @Test
    void filtersAreRepeatableParameters() {
        String csv = api.reportOk("text/csv", november2("UTC", "agent", new String[] {"okafor", "tnguyen"}));
        assertEquals(3, csv.split("\r\n").length, csv);
        assertEquals(true, csv.contains("\r\nokafor,") && csv.contains("\r\ntnguyen,"), csv);
        String londonOrSales = api.reportOk("text/csv", november2("UTC", "hierarchyGroup", "London",
                "routingProfile", new String[] {"Basic", "Sales"}));
        assertEquals(2, londonOrSales.split("\r\n").length, londonOrSales);
        assertEquals(true, londonOrSales.contains("\r\nmgarcia,"), londonOrSales);
    }

    private void assertBadParameter(String parameter, String detail, Map<String, Object> query) {
        Response response = api.report(MediaType.APPLICATION_JSON, query);
        assertEquals(400, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"" + detail
                + "\",\"parameter\":\"" + parameter + "\"}", response.readEntity(String.class));
    }

    @Test
    void everyBadParameterIsNamed() {
        assertBadParameter("timeZone", "Unknown time zone 'Mars/Olympus'; use an IANA time zone id such as UTC,"
                + " Europe/London or America/New_York.", november2("Mars/Olympus"));
        assertBadParameter("range", "Unknown range 'LAST_WEEK'; use one of [TODAY, LAST_24_HOURS, YESTERDAY,"
                + " LAST_2_DAYS, LAST_3_DAYS, CUSTOM].", Map.of("range", "LAST_WEEK"));
        assertBadParameter("start", "range=CUSTOM needs start, a local date-time in the report's time zone such as"
                + " 2026-11-02T00:00:00.", Map.of("range", "CUSTOM", "end", "2026-11-03T00:00:00"));
        assertBadParameter("end", "range=CUSTOM needs end, a local date-time in the report's time zone such as"
                + " 2026-11-02T00:00:00.", Map.of("range", "CUSTOM", "start", "2026-11-03T00:00:00"));
        assertBadParameter("start", "'2026-11-02T00:00:00Z' is not a local date-time; give start as"
                + " 2026-11-02T00:00:00, without offset: it is taken in the report's time zone.",
                Map.of("range", "CUSTOM", "start", "2026-11-02T00:00:00Z", "end", "2026-11-03T00:00:00"));
        assertBadParameter("end", "The end (2026-11-02T00:00) must be after the start (2026-11-02T00:00).",
                Map.of("range", "CUSTOM", "start", "2026-11-02T00:00:00", "end", "2026-11-02T00:00:00"));
        assertBadParameter("end", "A custom range may be at most 7 days long; 2026-11-02T00:00 to 2026-11-10T00:00"
                + " is longer. Choose an end at or before 2026-11-09T00:00.",
                Map.of("range", "CUSTOM", "start", "2026-11-02T00:00:00", "end", "2026-11-10T00:00:00"));
        assertBadParameter("start", "start and end are only for range=CUSTOM; the range YESTERDAY sets its own.",
                Map.of("range", "YESTERDAY", "start", "2026-11-02T00:00:00"));
        assertBadParameter("format", "Unknown format 'xlsx'; use csv or json.", november2("UTC", "format", "xlsx"));
    }

    @Test
    void aReportInAFormatNobodyAskedForIsNotAcceptable() {
        Response response = api.report("application/xml", november2("UTC"));
        assertEquals(406, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
    }
}
