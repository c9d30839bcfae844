package loginlogout.scheduling;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import loginlogout.domain.failure.ConflictException;
import loginlogout.domain.report.LoginLogoutReport;
import loginlogout.domain.report.LoginLogoutReports;
import loginlogout.domain.report.ReportTooLargeException;
import loginlogout.domain.report.csv.LoginLogoutCsv;
import loginlogout.domain.schedule.ExportCatalog;
import loginlogout.domain.schedule.ExportResult;
import loginlogout.domain.schedule.ExportRun;
import loginlogout.domain.schedule.ExportRunStore;
import loginlogout.domain.schedule.ExportRunner;
import loginlogout.domain.schedule.ExportSlot;
import loginlogout.domain.schedule.ExportTarget;
import loginlogout.domain.schedule.ExportTargetException;
import loginlogout.domain.schedule.RunTrigger;
import loginlogout.domain.schedule.ScheduledExport;
import loginlogout.domain.session.UnitOfWork;

/**
 * Runs the scheduled exports. Each check finds the slots that are due, claims each one by storing its
 * attempt (so that of several instances on one database exactly one runs it), makes the report through
 * the same path as the on-demand one, writes its CSV, and records how it went.
 */
public final class ExportEngine implements ExportRunner {

    private static final Logger LOG = Logger.getLogger(ExportEngine.class.getName());

    private record Due(ScheduledExport export, ExportSlot slot, int attempt) {
    }

    private final ExportCatalog catalog;
    private final ExportRunStore runs;
    private final LoginLogoutReports reports;
    private final ExportTarget target;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final ExportPolicy policy;
    private final Consumer<ExportResult> ended;

    /**
     * @param ended told how each run ended, for the meters
     */
    public ExportEngine(ExportCatalog catalog, ExportRunStore runs, LoginLogoutReports reports, ExportTarget target,
                        UnitOfWork unitOfWork, Clock clock, ExportPolicy policy, Consumer<ExportResult> ended) {
        this.catalog = Objects.requireNonNull(catalog);
        this.runs = Objects.requireNonNull(runs);
        this.reports = Objects.requireNonNull(reports);
        this.target = Objects.requireNonNull(target);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
        this.policy = Objects.requireNonNull(policy);
        this.ended = Objects.requireNonNull(ended);
    }

    /**
     * One check: records slots missed beyond the catch-up window as MISSED, then runs every due slot
     * (on time, missed within the window, or failed and due for a retry), oldest first.
     *
     * @return the runs this engine made; slots claimed by another instance are not among them
     */
    public List<ExportRun> check() {
        Instant now = clock.instant();
        List<Due> due = new ArrayList<>();
        for (ScheduledExport export : catalog.all()) {
            recordMissed(export, now);
            due.addAll(dueSlots(export, now));
        }
        due.sort(Comparator.comparing((Due d) -> d.slot().scheduled()).thenComparing(d -> d.export().id()));
        List<ExportRun> made = new ArrayList<>();
        for (Due d : due) {
            claim(d.export(), d.slot(), d.attempt(), RunTrigger.SCHEDULED).map(run -> execute(d.export(), d.slot(), run))
                    .ifPresent(made::add);
        }
        return made;
    }

    @Override
    public ExportRun runNow(ScheduledExport export, ExportSlot slot) {
        Optional<ExportRun> latest = unitOfWork.inTransaction(() -> runs.latestAttempt(export.id(), slot.scheduled()));
        Instant now = clock.instant();
        if (latest.isPresent() && latest.get().isRunning() && !abandon(latest.get(), now)) {
            throw new ConflictException("Attempt " + latest.get().attempt() + " of slot " + instant(slot.scheduled())
                    + " is running since " + instant(latest.get().started()) + "; wait for it to finish.");
        }
        int attempt = latest.map(r -> r.attempt() + 1).orElse(1);
        return claim(export, slot, attempt, RunTrigger.MANUAL).map(run -> execute(export, slot, run))
                .orElseThrow(() -> new ConflictException("Another run of slot " + instant(slot.scheduled())
                        + " started just now; its result is in the run history."));
    }

    /** Slots older than the window, since the last one recorded, were never run: say so, once each. */
    private void recordMissed(ScheduledExport export, Instant now) {
        Instant windowStart = now.minus(Duration.ofDays(policy.catchUpDays()));
        Instant after = unitOfWork.inTransaction(() -> runs.latestSlotAtOrBefore(export.id(), windowStart))
                .filter(last -> last.isAfter(export.since())).orElse(export.since());
        for (ExportSlot slot : export.schedule().slotsBetween(after, windowStart)) {
            claim(export, slot, 1, RunTrigger.SCHEDULED).ifPresent(run -> finish(run.ended(ExportResult.MISSED, now,
                    "Not run: the service was not running at " + instant(slot.scheduled()) + ", and that is more than"
                            + " export.catch-up-days (" + policy.catchUpDays() + ") ago. Run it now to export it.")));
        }
    }

    private List<Due> dueSlots(ScheduledExport export, Instant now) {
        Instant windowStart = now.minus(Duration.ofDays(policy.catchUpDays()));
        Instant after = windowStart.isAfter(export.since()) ? windowStart : export.since();
        Map<Instant, ExportRun> latest = unitOfWork.inTransaction(() -> runs.latestAttemptsAfter(export.id(), after))
                .stream().collect(Collectors.toMap(ExportRun::slot, Function.identity()));
        List<Due> due = new ArrayList<>();
        for (ExportSlot slot : export.schedule().slotsBetween(after, now)) {
            ExportRun run = latest.get(slot.scheduled());
            if (run == null) {
                due.add(new Due(export, slot, 1));
            } else if (run.isRunning()) {
                abandon(run, now);
            } else if (run.result() == ExportResult.FAILED
                    && now.isBefore(slot.scheduled().plus(policy.retryFor()))
                    && !now.isBefore(run.finished().plus(policy.retryInterval()))) {
                due.add(new Due(export, slot, run.attempt() + 1));
            }
        }
        return due;
    }

    /** A run that has been RUNNING for longer than the timeout lost its instance: it failed, and may be retried. */
    private boolean abandon(ExportRun run, Instant now) {
        if (now.isBefore(run.started().plus(policy.runTimeout()))) {
            return false;
        }
        finish(run.ended(ExportResult.FAILED, now, "Abandoned: the instance running it stopped before it finished."));
        return true;
    }

    private Optional<ExportRun> claim(ScheduledExport export, ExportSlot slot, int attempt, RunTrigger trigger) {
        return unitOfWork.inTransaction(() -> runs.claim(export.id(), slot.scheduled(), attempt, trigger,
                clock.instant()));
    }

    private ExportRun execute(ScheduledExport export, ExportSlot slot, ExportRun run) {
        String key = export.objectKey(policy.keyRoot(), slot);
        ExportRun ended;
        try {
            LoginLogoutReport report = unitOfWork.inTransaction(() -> reports.generate(export.report(),
                    slot.scheduled()));
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            LoginLogoutCsv.write(report, csv);
            target.put(key, csv.toByteArray());
            ended = run.succeeded(clock.instant(), key, report.rows().size());
        } catch (ReportTooLargeException e) {
            ended = run.ended(ExportResult.TOO_LARGE, clock.instant(), e.getMessage() + " Nothing was written.");
        } catch (ExportTargetException e) {
            ended = run.ended(ExportResult.FAILED, clock.instant(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Export " + export.id() + " of slot " + instant(slot.scheduled()) + " failed", e);
            ended = run.ended(ExportResult.FAILED, clock.instant(), "The export failed unexpectedly (" + e
                    + "); the service's log has the details.");
        }
        finish(ended);
        if (ended.result() == ExportResult.SUCCEEDED) {
            LOG.info("Exported " + export.id() + " slot " + instant(slot.scheduled()) + " to " + target.description()
                    + ": " + key + " (" + ended.rowCount() + " rows)");
        } else {
            LOG.warning("Export " + export.id() + " of slot " + instant(slot.scheduled()) + ": " + ended.result()
                    + ": " + ended.error());
        }
        return ended;
    }

    private void finish(ExportRun run) {
        unitOfWork.inTransaction(() -> {
            runs.finish(run);
            return null;
        });
        ended.accept(run.result());
    }

    private static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
