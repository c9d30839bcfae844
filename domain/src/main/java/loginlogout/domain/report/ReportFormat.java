package loginlogout.domain.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How a report writes times and durations, the same in JSON and CSV. */
public final class ReportFormat {

    // With the offset, so that a time inside an hour repeated by a clock change is never ambiguous.
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private ReportFormat() {
    }

    /** {@code 2026-11-02T08:00:00-05:00}: the instant in the report's zone, whole seconds, with the offset. */
    public static String time(Instant time, ZoneId zone) {
        return time == null ? null : TIME.format(time.atZone(zone));
    }

    /** {@code H:MM:SS}, the hours not wrapped at 24: {@code 30:05:09}. */
    public static String duration(Duration duration) {
        if (duration == null) {
            return null;
        }
        long seconds = duration.getSeconds();
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
