package loginlogout.domain.report;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** A generated report: its zone, the range it covers, and its rows in report order. */
public record LoginLogoutReport(ZoneId timeZone, TimeRange range, List<SessionRow> rows) {

    public LoginLogoutReport {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(range, "range");
        rows = List.copyOf(rows);
    }
}
