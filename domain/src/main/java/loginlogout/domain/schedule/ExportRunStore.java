package loginlogout.domain.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The run history of every scheduled export; a run's (export, slot, attempt) is unique. */
public interface ExportRunStore {

    /**
     * The claim of an attempt: stores it as {@code RUNNING} unless that attempt of the slot is stored
     * already, by this instance or another; then empty.
     */
    Optional<ExportRun> claim(String exportId, Instant slot, int attempt, RunTrigger trigger, Instant now);

    /** Stores how a claimed run ended. */
    void finish(ExportRun run);

    /** The latest attempt of each slot after {@code after}. */
    List<ExportRun> latestAttemptsAfter(String exportId, Instant after);

    Optional<ExportRun> latestAttempt(String exportId, Instant slot);

    /** The latest slot with any run, at or before this instant. */
    Optional<Instant> latestSlotAtOrBefore(String exportId, Instant instant);

    /** The export's runs, newest first. */
    List<ExportRun> newestFirst(String exportId, int offset, int limit);

    long count(String exportId);

    void deleteAll(String exportId);
}
