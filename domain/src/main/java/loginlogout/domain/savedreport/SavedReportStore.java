package loginlogout.domain.savedreport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import loginlogout.domain.report.ReportDefinition;

/** The saved-report library. */
public interface SavedReportStore {

    Optional<SavedReport> find(long id);

    /** Stores a new report, version 1. */
    SavedReport insert(String owner, String name, ReportDefinition definition, boolean published, Instant now);

    /** Stores the change if the stored version is still {@code expectedVersion}; empty when it is not. */
    Optional<SavedReport> update(SavedReport changed, long expectedVersion);

    void delete(long id);

    /** Whether the owner has another report of this name. */
    boolean nameTaken(String owner, String name, long exceptId);

    /** The user's own reports and the published ones, by name. */
    List<SavedReport> visibleTo(String username, int offset, int limit);

    long countVisibleTo(String username);
}
