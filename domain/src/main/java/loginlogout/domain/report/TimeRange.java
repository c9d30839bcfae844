package loginlogout.domain.report;

import java.time.Instant;
import java.util.Objects;

/** A report's time range {@code [start, end)}: the start is in it, the end is not. */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        // TODAY asked for at the stroke of midnight is empty, and still a valid report.
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a time range ends after it starts: " + start + " to " + end);
        }
    }

    public boolean contains(Instant time) {
        return !time.isBefore(start) && time.isBefore(end);
    }
}
