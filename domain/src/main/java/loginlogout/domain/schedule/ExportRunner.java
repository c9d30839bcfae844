package loginlogout.domain.schedule;

/** The export engine, as the API sees it: runs, or re-runs, one slot now. */
public interface ExportRunner {

    /**
     * Runs the slot now as the next attempt and answers with the recorded run.
     *
     * @throws loginlogout.domain.failure.ConflictException when an attempt of the slot is running
     */
    ExportRun runNow(ScheduledExport export, ExportSlot slot);
}
