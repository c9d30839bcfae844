package loginlogout.domain.schedule;

/** How a run of a slot ended; {@code RUNNING} until it does. */
public enum ExportResult {
    RUNNING,
    SUCCEEDED,
    FAILED,
    /** Over the row limit: nothing was written. */
    TOO_LARGE,
    /** Due while the service was down, and older than the catch-up window: never run. */
    MISSED
}
