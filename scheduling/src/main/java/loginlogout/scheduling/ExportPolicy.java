package loginlogout.scheduling;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine treats slots that did not run on time.
 *
 * @param keyRoot       put before every object key ({@code export.s3.key-root})
 * @param catchUpDays   slots missed within this many days run when the service is back; older ones are MISSED
 * @param retryFor      a FAILED slot is retried until this long after its midnight
 * @param retryInterval the least time between two attempts of a FAILED slot
 * @param runTimeout    a RUNNING attempt older than this was abandoned by an instance that stopped
 */
public record ExportPolicy(String keyRoot, int catchUpDays, Duration retryFor, Duration retryInterval,
                           Duration runTimeout) {

    public ExportPolicy {
        Objects.requireNonNull(keyRoot, "keyRoot");
        if (catchUpDays < 0) {
            throw new IllegalArgumentException("export.catch-up-days is 0 or more, not " + catchUpDays);
        }
        Objects.requireNonNull(retryFor, "retryFor");
        Objects.requireNonNull(retryInterval, "retryInterval");
        Objects.requireNonNull(runTimeout, "runTimeout");
    }
}
