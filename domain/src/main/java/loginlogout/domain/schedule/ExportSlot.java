package loginlogout.domain.schedule;

import java.time.Instant;
import java.util.Objects;
import loginlogout.domain.report.TimeRange;

/**
 * One run of a schedule: the midnight it is due at, and the day before it that it covers (23 or 25
 * hours when the clocks change, so that consecutive exports neither overlap nor leave a gap).
 */
public record ExportSlot(Instant scheduled, TimeRange covered) {

    public ExportSlot {
        Objects.requireNonNull(scheduled, "scheduled");
        Objects.requireNonNull(covered, "covered");
    }
}
