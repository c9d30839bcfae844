package loginlogout.domain.report.csv;

import static loginlogout.domain.Scenario.login;
import static loginlogout.domain.Scenario.logout;
import static loginlogout.domain.Scenario.withSnapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import loginlogout.domain.Scenario;
import loginlogout.domain.event.UserAttributes;
import loginlogout.domain.report.ReportDefinition;
import loginlogout.domain.report.ReportRange;
import loginlogout.domain.report.SessionFilter;
import org.junit.jupiter.api.Test;

/** The spec's CSV: RFC 4180, UTF-8, a header row, formula cells neutralised. */
class LoginLogoutCsvTest {

    private final Scenario scenario = new Scenario();

    private String csvOfNovember2(String zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LoginLogoutCsv.write(scenario.report(new ReportDefinition(ReportRange.custom(
                LocalDateTime.parse("2026-11-02T00:00:00"), LocalDateTime.parse("2026-11-03T00:00:00")),
                ZoneId.of(zone), SessionFilter.NONE)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void headerAndRowsWithCrlfAndEmptyCells() {
        scenario.record(withSnapshot(Scenario.MARIA, login("mgarcia", "2026-11-02T13:00:00Z")),
                logout("mgarcia", "2026-11-02T21:30:05Z"), login("zed", "2026-11-02T22:00:00Z"));
        assertEquals("User login,First name,Last name,Routing profile,Agent hierarchy,Login time,Logout time,Duration\r\n"
                + "mgarcia,Maria,Garcia,Basic Routing Profile,EMEA / London / Team Blue,"
                + "2026-11-02T08:00:00-05:00,2026-11-02T16:30:05-05:00,8:30:05\r\n"
                + "zed,,,,,2026-11-02T17:00:00-05:00,,\r\n", csvOfNovember2("America/New_York"));
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        scenario.record(withSnapshot(new UserAttributes("Zoë \"Z\"", "Smith, Jr.", "Line\nbreak", List.of("A", "B")),
                login("zoe", "2026-11-02T08:00:00Z")));
        String csv = csvOfNovember2("UTC");
        assertEquals("zoe,\"Zoë \"\"Z\"\"\",\"Smith, Jr.\",\"Line\nbreak\",A / B,2026-11-02T08:00:00+00:00,,\r\n",
                csv.substring(csv.indexOf("\r\n") + 2));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasGetALeadingQuote() {
        scenario.record(withSnapshot(new UserAttributes("=HYPERLINK(\"x\")", "+1", "-2", List.of("@x", "\tTab")),
                login("=cmd", "2026-11-02T08:00:00Z")));
        String csv = csvOfNovember2("UTC");
        assertEquals("'=cmd,\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@x / \tTab,2026-11-02T08:00:00+00:00,,\r\n",
                csv.substring(csv.indexOf("\r\n") + 2));
    }

    @Test
    void theCsvIsUtf8WithoutByteOrderMark() {
        scenario.record(withSnapshot(new UserAttributes("Zoë", null, null, List.of()), login("z", "2026-11-02T08:00:00Z")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LoginLogoutCsv.write(scenario.report(new ReportDefinition(ReportRange.custom(
                LocalDateTime.parse("2026-11-02T00:00:00"), LocalDateTime.parse("2026-11-03T00:00:00")),
                ZoneId.of("UTC"), SessionFilter.NONE)), out);
        byte[] bytes = out.toByteArray();
        assertEquals('U', bytes[0]);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertEquals("z,Zoë,,,,2026-11-02T08:00:00+00:00,,\r\n", csv.substring(csv.indexOf("\r\n") + 2));
    }
}
