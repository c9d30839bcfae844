package loginlogout.domain.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import loginlogout.domain.access.Permission;
import loginlogout.domain.access.SignedInUser;
import loginlogout.domain.failure.ConflictException;
import loginlogout.domain.failure.NotFoundException;
import loginlogout.domain.failure.NotPermittedException;
import loginlogout.domain.savedreport.ReportAccess;
import loginlogout.domain.savedreport.SavedReport;
import loginlogout.domain.savedreport.SavedReportStore;
import loginlogout.domain.session.UnitOfWork;

/**
 * Schedules of saved reports and the exports from configuration, as people see and run them. Scheduling
 * needs {@code AgentTimeCard.Edit} and publishes the report; a schedule and its history are seen by
 * whoever may open the report.
 */
public final class ReportSchedules {

    /** A page of a run history, newest first. */
    public record RunPage(List<ExportRun> runs, long total) {
    }

    /** The stored schedule, and whether it is new rather than a replacement. */
    public record Scheduled(ExportStatus status, boolean created) {
    }

    private final SavedReportStore reports;
    private final ScheduleStore schedules;
    private final ExportRunStore runs;
    private final ExportCatalog catalog;
    private final ExportFiles files;
    private final ExportRunner runner;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ReportSchedules(SavedReportStore reports, ScheduleStore schedules, ExportRunStore runs,
                           ExportCatalog catalog, ExportFiles files, ExportRunner runner, UnitOfWork unitOfWork,
                           Clock clock) {
        this.reports = Objects.requireNonNull(reports);
        this.schedules = Objects.requireNonNull(schedules);
        this.runs = Objects.requireNonNull(runs);
        this.catalog = Objects.requireNonNull(catalog);
        this.files = Objects.requireNonNull(files);
        this.runner = Objects.requireNonNull(runner);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Schedules the report, or replaces its schedule, and publishes it. A changed schedule takes effect
     * now, so that changing WEEKLY to DAILY does not catch up days the old one never had.
     */
    public Scheduled schedule(SignedInUser user, long reportId, ExportSchedule schedule) {
        requireEdit(user);
        return unitOfWork.inTransaction(() -> {
            SavedReport report = ReportAccess.visible(reports, user, reportId);
            if (!ReportAccess.mayEdit(user, report)) {
                throw new NotPermittedException("Only its owner, or anyone with AgentTimeCard.Edit once it is"
                        + " published, may schedule this report.");
            }
            String stem = files.claim(reportId, report.name(), schedule.prefix());
            Instant now = clock.instant();
            if (!report.published()) {
                report = reports.update(report.changed(report.name(), report.definition(), true, now),
                        report.version()).orElseThrow(() -> new ConflictException("Report " + reportId + " was changed"
                        + " by someone else just now; schedule it again."));
            }
            Optional<ReportSchedule> previous = schedules.find(reportId);
            ReportSchedule stored = previous.filter(p -> p.schedule().equals(schedule))
                    .orElse(new ReportSchedule(reportId, schedule, now));
            schedules.put(stored, stem);
            return new Scheduled(status(ScheduledExport.of(report, stored), now), previous.isEmpty());
        });
    }

    public ExportStatus show(SignedInUser user, long reportId) {
        return unitOfWork.inTransaction(() -> status(export(user, reportId), clock.instant()));
    }

    /** Removes the schedule and its run history; the files it exported stay. */
    public void unschedule(SignedInUser user, long reportId) {
        requireEdit(user);
        unitOfWork.inTransaction(() -> {
            ScheduledExport export = export(user, reportId);
            runs.deleteAll(export.id());
            schedules.delete(reportId);
            return null;
        });
    }

    public RunPage runs(SignedInUser user, long reportId, int offset, int limit) {
        return unitOfWork.inTransaction(() -> page(export(user, reportId).id(), offset, limit));
    }

    /** Runs, or re-runs, a past slot now; without one, the latest due. */
    public ExportRun runNow(SignedInUser user, long reportId, Optional<Instant> slot) {
        requireEdit(user);
        return run(unitOfWork.inTransaction(() -> export(user, reportId)), slot);
    }

    public List<ExportStatus> configuredExports() {
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> catalog.configured().stream().map(e -> status(e, now)).toList());
    }

    public ExportStatus configuredExport(String name) {
        ScheduledExport export = configured(name);
        return unitOfWork.inTransaction(() -> status(export, clock.instant()));
    }

    public RunPage configuredRuns(String name, int offset, int limit) {
        ScheduledExport export = configured(name);
        return unitOfWork.inTransaction(() -> page(export.id(), offset, limit));
    }

    public ExportRun runConfiguredNow(SignedInUser user, String name, Optional<Instant> slot) {
        requireEdit(user);
        return run(configured(name), slot);
    }

    private ExportRun run(ScheduledExport export, Optional<Instant> slot) {
        Instant now = clock.instant();
        ExportSlot chosen = slot.map(s -> export.slotAt(s, now)).orElseGet(() -> export.schedule().latestDueAt(now));
        return runner.runNow(export, chosen);
    }

    private ScheduledExport export(SignedInUser user, long reportId) {
        SavedReport report = ReportAccess.visible(reports, user, reportId);
        return schedules.find(reportId).map(s -> ScheduledExport.of(report, s)).orElseThrow(() ->
                new NotFoundException("Saved report " + reportId + " has no schedule; PUT one to schedule it."));
    }

    private ScheduledExport configured(String name) {
        return catalog.configured(name).orElseThrow(() -> new NotFoundException("There is no export named '" + name
                + "' in the configuration; GET /api/v1/exports lists them."));
    }

    private ExportStatus status(ScheduledExport export, Instant now) {
        return new ExportStatus(export, export.schedule().nextAfter(now),
                runs.newestFirst(export.id(), 0, 1).stream().findFirst());
    }

    private RunPage page(String exportId, int offset, int limit) {
        return new RunPage(runs.newestFirst(exportId, offset, limit), runs.count(exportId));
    }

    private static void requireEdit(SignedInUser user) {
        if (!user.may(Permission.AGENT_TIME_CARD_EDIT)) {
            throw new NotPermittedException("Scheduling and running exports needs AgentTimeCard.Edit.");
        }
    }
}
