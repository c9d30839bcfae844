package loginlogout.domain.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How a report writes times and durations, the same in JSON and CSV. */
public final class ReportFormat {

    // With the offset, so that a time inside an hour repeated by a clock change is never ambiguous.
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private ReportFormat() {
    }

    /** {@code 2026-11-02T08:00:00-05:00}: the instant in the report's zone, whole seconds, with the offset. */
    public static String time(Instant time, ZoneId zone) {
        if (time == null) {
            return null;
        }
        // Written out, as the pattern would: a report formats 20,000 of them.
        ZoneOffset offset = zone.getRules().getOffset(time);
        LocalDateTime local = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, offset);
        int offsetMinutes = offset.getTotalSeconds() / 60;
        if (local.getYear() < 0 || local.getYear() > 9999 || offset.getTotalSeconds() % 60 != 0) {
            return TIME.format(time.atZone(zone));
        }
        StringBuilder out = new StringBuilder(25);
        digits(out, local.getYear(), 4).append('-');
        digits(out, local.getMonthValue(), 2).append('-');
        digits(out, local.getDayOfMonth(), 2).append('T');
        digits(out, local.getHour(), 2).append(':');
        digits(out, local.getMinute(), 2).append(':');
        digits(out, local.getSecond(), 2).append(offsetMinutes < 0 ? '-' : '+');
        digits(out, Math.abs(offsetMinutes) / 60, 2).append(':');
        return digits(out, Math.abs(offsetMinutes) % 60, 2).toString();
    }

    private static StringBuilder digits(StringBuilder out, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(text);
    }

    /** {@code H:MM:SS}, the hours not wrapped at 24: {@code 30:05:09}. */
    public static String duration(Duration duration) {
        if (duration == null) {
            return null;
        }
        long seconds = duration.getSeconds();
        StringBuilder out = new StringBuilder(10).append(seconds / 3600).append(':');
        digits(out, (int) (seconds / 60 % 60), 2).append(':');
        return digits(out, (int) (seconds % 60), 2).toString();
    }
}
