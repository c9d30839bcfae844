package loginlogout.domain.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * The schedule of one saved report.
 *
 * @param since when this schedule took effect: slots before it are not the schedule's to run or miss
 */
public record ReportSchedule(long reportId, ExportSchedule schedule, Instant since) {

    public ReportSchedule {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(since, "since");
    }
}
