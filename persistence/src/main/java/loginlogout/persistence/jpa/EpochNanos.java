package loginlogout.persistence.jpa;

import java.time.Instant;

/**
 * Times are stored as nanoseconds since the epoch: exact to the nanosecond on every database (duplicates
 * are detected on the exact time as received; PostgreSQL timestamps keep only microseconds), and a
 * plain indexed BIGINT.
 */
final class EpochNanos {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private EpochNanos() {
    }

    static Long of(Instant time) {
        return time == null
                ? null
                : Math.addExact(Math.multiplyExact(time.getEpochSecond(), NANOS_PER_SECOND), time.getNano());
    }

    static Instant toInstant(Long nanos) {
        return nanos == null
                ? null
                : Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }
}
