package loginlogout.domain.report;

import java.time.ZoneId;
import java.util.Objects;

/** Everything that decides a report's rows: the range, the time zone and the filters. */
public record ReportDefinition(ReportRange range, ZoneId timeZone, SessionFilter filter) {

    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("UTC");

    public ReportDefinition {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(filter, "filter");
    }
}
