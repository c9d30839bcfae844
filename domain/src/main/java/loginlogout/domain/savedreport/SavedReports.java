package loginlogout.domain.savedreport;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import loginlogout.domain.access.Names;
import loginlogout.domain.access.Permission;
import loginlogout.domain.access.SignedInUser;
import loginlogout.domain.failure.ConflictException;
import loginlogout.domain.failure.NotPermittedException;
import loginlogout.domain.report.LoginLogoutReport;
import loginlogout.domain.report.LoginLogoutReports;
import loginlogout.domain.report.ReportDefinition;
import loginlogout.domain.schedule.ExportFiles;
import loginlogout.domain.schedule.ExportRunStore;
import loginlogout.domain.schedule.ScheduleStore;
import loginlogout.domain.schedule.ScheduledExport;
import loginlogout.domain.session.UnitOfWork;

/**
 * The saved-report library: save, open, "Save", "Save as", publish and delete, with the spec's rights. A
 * report is private to its owner until published; a private report of another user is not found, for
 * everyone. Everybody here holds {@code AgentTimeCard.View}; the owner edits, shares and deletes their
 * own; {@code AgentTimeCard.Edit} also edits and (un)publishes any published report, and
 * {@code AgentTimeCard.Delete} deletes any published report.
 */
public final class SavedReports {

    /** A page of the library. */
    public record Page(List<SavedReport> reports, long total) {
    }

    private final SavedReportStore store;
    private final ScheduleStore schedules;
    private final ExportRunStore runs;
    private final ExportFiles files;
    private final LoginLogoutReports reports;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SavedReports(SavedReportStore store, ScheduleStore schedules, ExportRunStore runs, ExportFiles files,
                        LoginLogoutReports reports, UnitOfWork unitOfWork, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.schedules = Objects.requireNonNull(schedules);
        this.runs = Objects.requireNonNull(runs);
        this.files = Objects.requireNonNull(files);
        this.reports = Objects.requireNonNull(reports);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    public SavedReport save(SignedInUser user, String name, ReportDefinition definition) {
        String checked = Names.checked("name", name);
        reports.check(definition);
        return unitOfWork.inTransaction(() -> {
            requireFreeName(user.username(), checked, -1);
            return store.insert(user.username(), checked, definition, false, clock.instant());
        });
    }

    public SavedReport open(SignedInUser user, long id) {
        return unitOfWork.inTransaction(() -> visible(user, id));
    }

    public Page list(SignedInUser user, int offset, int limit) {
        return unitOfWork.inTransaction(() -> new Page(store.visibleTo(user.username(), offset, limit),
                store.countVisibleTo(user.username())));
    }

    /** "Save": overwrites the settings, if nobody saved it since {@code expectedVersion}. */
    public SavedReport overwrite(SignedInUser user, long id, String name, ReportDefinition definition,
                                 long expectedVersion) {
        String checked = Names.checked("name", name);
        reports.check(definition);
        return unitOfWork.inTransaction(() -> {
            SavedReport current = visible(user, id);
            if (!mayEdit(user, current)) {
                throw new NotPermittedException("Only its owner, or a user with AgentTimeCard.Edit once it is"
                        + " published, may change this report.");
            }
            requireFreeName(current.owner(), checked, id);
            // A scheduled report's name is in its export files: the new one must fit and be its own.
            schedules.find(id).ifPresent(s -> schedules.put(s, files.claim(id, checked, s.schedule().prefix())));
            return stored(current.changed(checked, definition, current.published(), clock.instant()), expectedVersion);
        });
    }

    /** "Save as": a private copy in the caller's library, under a new name. */
    public SavedReport saveAs(SignedInUser user, long id, String newName) {
        String checked = Names.checked("name", newName);
        return unitOfWork.inTransaction(() -> {
            SavedReport original = visible(user, id);
            requireFreeName(user.username(), checked, -1);
            return store.insert(user.username(), checked, original.definition(), false, clock.instant());
        });
    }

    public SavedReport publish(SignedInUser user, long id, boolean published) {
        return unitOfWork.inTransaction(() -> {
            SavedReport current = visible(user, id);
            if (!mayEdit(user, current)) {
                throw new NotPermittedException("Only its owner, or a user with AgentTimeCard.Edit, may publish or"
                        + " unpublish this report.");
            }
            if (!published && schedules.find(id).isPresent()) {
                throw new ConflictException("Report " + id + " is scheduled, and a scheduled report is published;"
                        + " delete its schedule first.");
            }
            return stored(current.changed(current.name(), current.definition(), published, clock.instant()),
                    current.version());
        });
    }

    /** Deletes the settings, the schedule and its run history; never a file already exported. */
    public void delete(SignedInUser user, long id) {
        unitOfWork.inTransaction(() -> {
            SavedReport current = visible(user, id);
            boolean owner = current.owner().equals(user.username());
            if (!owner && !(current.published() && user.may(Permission.AGENT_TIME_CARD_DELETE))) {
                throw new NotPermittedException("Only its owner, or a user with AgentTimeCard.Delete, may delete"
                        + " this published report.");
            }
            // The history first: reading it flushes what the transaction changed before.
            runs.deleteAll(ScheduledExport.savedReportId(id));
            schedules.delete(id);
            store.delete(id);
            return null;
        });
    }

    /** The report of these saved settings, now: the same path as the on-demand report. */
    public LoginLogoutReport generate(SignedInUser user, long id) {
        return reports.generate(open(user, id).definition());
    }

    private SavedReport visible(SignedInUser user, long id) {
        return ReportAccess.visible(store, user, id);
    }

    private static boolean mayEdit(SignedInUser user, SavedReport report) {
        return ReportAccess.mayEdit(user, report);
    }

    private void requireFreeName(String owner, String name, long exceptId) {
        if (store.nameTaken(owner, name, exceptId)) {
            throw new ConflictException("'" + owner + "' has a saved report named '" + name + "' already;"
                    + " choose another name.");
        }
    }

    private SavedReport stored(SavedReport changed, long expectedVersion) {
        return store.update(changed, expectedVersion).orElseThrow(() -> new ConflictException("The report was"
                + " changed by someone else since version " + expectedVersion + "; open it again and redo the change."));
    }
}
