package loginlogout.domain.schedule;

import java.util.Objects;
import java.util.Optional;

/** A scheduled export as people look at it: its next run, and how its latest run went. */
public record ExportStatus(ScheduledExport export, ExportSlot nextRun, Optional<ExportRun> latestRun) {

    public ExportStatus {
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(nextRun, "nextRun");
        Objects.requireNonNull(latestRun, "latestRun");
    }
}
