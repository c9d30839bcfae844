package loginlogout.domain.report;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** The report's columns, in order, and a row's cells as text; JSON and CSV carry the same ones. */
public final class ReportColumns {

    public static final List<String> HEADERS = List.of("User login", "First name", "Last name",
            "Routing profile", "Agent hierarchy", "Login time", "Logout time", "Duration");

    private ReportColumns() {
    }

    /** The row's cells, in the order of {@link #HEADERS}; an empty cell is null. */
    public static List<String> cells(SessionRow row, ZoneId zone) {
        return Arrays.asList(
                row.userLogin(),
                row.attributes().firstName(),
                row.attributes().lastName(),
                row.attributes().routingProfile(),
                row.attributes().hierarchyPath(),
                ReportFormat.time(row.loginTime(), zone),
                ReportFormat.time(row.logoutTime(), zone),
                row.duration().map(ReportFormat::duration).orElse(null));
    }
}
