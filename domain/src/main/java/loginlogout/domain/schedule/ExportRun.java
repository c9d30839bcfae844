package loginlogout.domain.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * One attempt at exporting one slot of a scheduled export. Each slot's attempts are numbered from 1, and
 * an attempt is claimed by storing it, so that of two instances only one runs it.
 *
 * @param objectKey where the CSV was written; only for {@code SUCCEEDED}
 * @param rowCount  the report's rows; for {@code SUCCEEDED}
 * @param error     what went wrong and what to do; for {@code FAILED}, {@code TOO_LARGE} and {@code MISSED}
 */
public record ExportRun(long id, String exportId, Instant slot, int attempt, RunTrigger trigger, Instant started,
                        Instant finished, ExportResult result, String objectKey, Integer rowCount, String error) {

    public ExportRun {
        Objects.requireNonNull(exportId, "exportId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(result, "result");
    }

    public ExportRun succeeded(Instant at, String key, int rows) {
        return new ExportRun(id, exportId, slot, attempt, trigger, started, at, ExportResult.SUCCEEDED, key, rows, null);
    }

    public ExportRun ended(ExportResult how, Instant at, String message) {
        return new ExportRun(id, exportId, slot, attempt, trigger, started, at, how, null, null, message);
    }

    public ExportOrigin origin() {
        return exportId.startsWith(ScheduledExport.configurationId("")) ? ExportOrigin.CONFIGURATION
                : ExportOrigin.SAVED_REPORT;
    }

    public boolean isRunning() {
        return result == ExportResult.RUNNING;
    }
}
