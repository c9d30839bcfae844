package loginlogout.domain.savedreport;

import java.time.Instant;
import java.util.Objects;
import loginlogout.domain.report.ReportDefinition;

/**
 * A name plus a report's settings, owned by the user who saved it; private until published.
 *
 * @param version grows with every change, so that a "Save" based on an older version is refused
 */
public record SavedReport(long id, String owner, String name, ReportDefinition definition, boolean published,
                          Instant createdAt, Instant updatedAt, long version) {

    public SavedReport {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }

    public SavedReport changed(String newName, ReportDefinition newDefinition, boolean newPublished, Instant now) {
        return new SavedReport(id, owner, newName, newDefinition, newPublished, createdAt, now, version);
    }
}
