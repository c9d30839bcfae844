package loginlogout.domain.event;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The years the service keeps and reports: 1900 to 2199. Times are stored to the nanosecond, which
 * reaches from 1677 to 2262; a time far outside a contact center's life is a mistake, told as one.
 */
public final class SupportedPeriod {

    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant END = Instant.parse("2200-01-01T00:00:00Z");
    public static final String DESCRIPTION = "from the year 1900 to 2199";

    private SupportedPeriod() {
    }

    public static boolean contains(Instant time) {
        return !time.isBefore(EARLIEST) && time.isBefore(END);
    }

    public static boolean contains(LocalDateTime time) {
        return time.getYear() >= 1900 && time.getYear() < 2200;
    }
}
