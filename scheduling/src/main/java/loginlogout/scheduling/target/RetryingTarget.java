package loginlogout.scheduling.target;

import java.time.Duration;
import loginlogout.domain.schedule.ExportTarget;
import loginlogout.domain.schedule.ExportTargetException;

/**
 * Tries a store a bounded number of times, waiting twice as long after each failure, so that a short
 * outage of the bucket costs a delay rather than a failed run.
 */
public final class RetryingTarget implements ExportTarget {

    private final ExportTarget target;
    private final int attempts;
    private final Duration firstBackoff;

    public RetryingTarget(ExportTarget target, int attempts, Duration firstBackoff) {
        if (attempts < 1) {
            throw new IllegalArgumentException("export.attempts is at least 1, not " + attempts);
        }
        this.target = target;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
    }

    @Override
    public void put(String key, byte[] content) {
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                target.put(key, content);
                return;
            } catch (ExportTargetException e) {
                if (attempt == attempts) {
                    throw new ExportTargetException(e.getMessage() + " (tried " + attempts + " times)", e);
                }
            }
            sleep(backoff);
            backoff = backoff.multipliedBy(2);
        }
    }

    private static void sleep(Duration backoff) {
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportTargetException("Interrupted while waiting to try again", e);
        }
    }

    @Override
    public void probe() {
        target.probe();
    }

    @Override
    public String description() {
        return target.description();
    }
}
