package loginlogout.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.microprofile.testing.junit5.AddBean;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import loginlogout.domain.event.AgentEvent;
import loginlogout.domain.event.EventType;
import loginlogout.domain.event.UserAttributes;
import loginlogout.domain.recording.EventRecorder;
import loginlogout.domain.report.LoginLogoutReports;
import loginlogout.domain.report.RangePreset;
import loginlogout.domain.report.ReportDefinition;
import loginlogout.domain.report.ReportRange;
import loginlogout.domain.report.SessionFilter;
import loginlogout.domain.report.csv.LoginLogoutCsv;
import loginlogout.domain.savedreport.SavedReportStore;
import loginlogout.domain.schedule.ConfiguredExportStore;
import loginlogout.domain.schedule.ExportCatalog;
import loginlogout.domain.schedule.ExportKey;
import loginlogout.domain.schedule.ExportResult;
import loginlogout.domain.schedule.ExportRun;
import loginlogout.domain.schedule.ExportRunStore;
import loginlogout.domain.schedule.ExportSchedule;
import loginlogout.domain.schedule.ExportTarget;
import loginlogout.domain.schedule.Recurrence;
import loginlogout.domain.schedule.ReportSchedule;
import loginlogout.domain.schedule.RunTrigger;
import loginlogout.domain.schedule.ScheduleStore;
import loginlogout.domain.schedule.ScheduledExport;
import loginlogout.domain.session.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The export engine on a real database and a real S3-compatible server: what it writes where, and that
 * each slot is exported once through outages, downtime and a second instance.
 */
@ExtendWith(S3Server.class)
@HelidonTest
@AddBean(TestWiring.class)
class ExportEngineTest {

    private static final String HEADER =
            "User login,First name,Last name,Routing profile,Agent hierarchy,Login time,Logout time,Duration\r\n";
    private static final UserAttributes ANA = new UserAttributes("Ana", "Silva", "Night Profile",
            List.of("EMEA", "Lisbon"));
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    ExportEngine engine;
    @Inject
    EventRecorder recorder;
    @Inject
    SavedReportStore savedReports;
    @Inject
    ScheduleStore schedules;
    @Inject
    ExportRunStore runs;
    @Inject
    ExportCatalog catalog;
    @Inject
    LoginLogoutReports reports;
    @Inject
    ExportTarget target;
    @Inject
    ExportPolicy policy;
    @Inject
    ConfiguredExportStore configuredExports;
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    @Named("reports")
    DataSource dataSource;

    @BeforeEach
    void startEmpty() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String table : List.of("export_run", "report_schedule", "configured_export", "saved_report_filter", "saved_report",
                    "login_session", "agent_event", "user_profile", "agent_user")) {
                sql.executeUpdate("DELETE FROM " + table);
            }
        }
        S3Server.empty();
    }

    @Test
    void aDailyRunAtBerlinMidnightExportsTheBerlinDayBeforeToS3() {
        record(session("ana", ANA, "2026-11-01T23:30:00Z", "2026-11-02T00:30:00Z"),
                session("ana", ANA, "2026-11-02T07:00:00Z", "2026-11-02T15:30:00Z"),
                // Wednesday in Berlin: the next run's.
                session("ben", null, "2026-11-03T08:00:00Z", "2026-11-03T09:00:00Z"),
                // Still Sunday in Berlin: the run before.
                session("ben", null, "2026-11-01T22:00:00Z", "2026-11-01T22:30:00Z"));
        long report = scheduled("Night shift", daily(BERLIN, "ops"), "2026-11-02T12:00:00Z");

        clockAt("2026-11-02T23:00:30Z");
        List<ExportRun> made = engine.check();

        String key = "connect/Reports/ops/Night shift-2026-11-02T23:00:00Z.csv";
        assertEquals(List.of("saved-report:" + report + " 2026-11-02T23:00:00Z #1 SCHEDULED SUCCEEDED " + key + " 2"),
                describe(made), () -> errors(made));
        String csv = HEADER
                + "ana,Ana,Silva,Night Profile,EMEA / Lisbon,2026-11-02T00:30:00+01:00,2026-11-02T01:30:00+01:00,1:00:00\r\n"
                + "ana,Ana,Silva,Night Profile,EMEA / Lisbon,2026-11-02T08:00:00+01:00,2026-11-02T16:30:00+01:00,8:30:00\r\n";
        assertEquals(Map.of(key, csv), S3Server.objects());
        assertEquals("text/csv; charset=utf-8", S3Server.contentType(key));
        assertEquals(onDemandCsv(BERLIN, "2026-11-02T00:00:00", "2026-11-03T00:00:00"), csv,
                "the same bytes as the on-demand CSV of that day");

        clockAt("2026-11-02T23:05:00Z");
        assertEquals(List.of(), engine.check(), "a slot is exported once");
    }

    @Test
    void aReportOverTheRowLimitIsTooLargeAndWritesNothing() {
        for (int i = 0; i <= TestWiring.MAX_ROWS; i++) {
            record(session("agent" + i, null, "2026-11-02T08:00:00Z", "2026-11-02T09:00:00Z"));
        }
        long report = scheduled("Everyone", daily(UTC, ""), "2026-11-02T12:00:00Z");

        clockAt("2026-11-03T00:00:10Z");
        List<ExportRun> made = engine.check();

        assertEquals(List.of("saved-report:" + report + " 2026-11-03T00:00:00Z #1 SCHEDULED TOO_LARGE - -"),
                describe(made), () -> errors(made));
        assertEquals("The report has more than 5 rows, the most one report may hold. Shorten the time range or add"
                + " filters (agent, routing profile, hierarchy group). Nothing was written.", made.get(0).error());
        assertEquals(Map.of(), S3Server.objects());
        clockAt("2026-11-03T06:00:00Z");
        assertEquals(List.of(), engine.check(), "too large is not retried: it would be too large again");
    }

    @Test
    void anS3OutageFailsTheRunAndALaterCheckExportsTheSlot() throws Exception {
        record(session("ana", ANA, "2026-11-02T07:00:00Z", "2026-11-02T15:30:00Z"));
        long report = scheduled("Ops", daily(UTC, ""), "2026-11-02T12:00:00Z");
        String key = "connect/Reports/Ops-2026-11-03T00:00:00Z.csv";

        S3Server.stop();
        try {
            clockAt("2026-11-03T00:00:05Z");
            ExportRun failed = engine.check().get(0);
            assertEquals("saved-report:" + report + " 2026-11-03T00:00:00Z #1 SCHEDULED FAILED - -", describe(failed));
            assertTrue(failed.error().startsWith("Storing s3://reports-bucket/" + key + " failed: "), failed.error());
            assertTrue(failed.error().endsWith("(tried 3 times)"), failed.error());
        } finally {
            S3Server.restart();
        }
        clockAt("2026-11-03T00:03:00Z");
        assertEquals(List.of(), engine.check(), "the next attempt waits export.retry-interval");

        clockAt("2026-11-03T00:05:06Z");
        List<ExportRun> retried = engine.check();
        assertEquals(List.of("saved-report:" + report + " 2026-11-03T00:00:00Z #2 SCHEDULED SUCCEEDED " + key + " 1"),
                describe(retried), () -> errors(retried));
        assertEquals(Map.of(key, HEADER + "ana,Ana,Silva,Night Profile,EMEA / Lisbon,2026-11-02T07:00:00+00:00,"
                + "2026-11-02T15:30:00+00:00,8:30:00\r\n"), S3Server.objects());
        assertEquals(List.of("SUCCEEDED", "FAILED"), unitOfWork.inTransaction(() ->
                runs.newestFirst("saved-report:" + report, 0, 10)).stream().map(r -> r.result().name()).toList());
    }

    @Test
    void aFailedSlotIsNotRetriedAfterItsDeadline() throws Exception {
        record(session("ana", ANA, "2026-11-02T07:00:00Z", "2026-11-02T15:30:00Z"));
        scheduled("Ops", daily(UTC, ""), "2026-11-02T12:00:00Z");
        S3Server.stop();
        try {
            clockAt("2026-11-03T00:00:05Z");
            assertEquals(ExportResult.FAILED, engine.check().get(0).result());
        } finally {
            S3Server.restart();
        }
        // export.retry-for is a day after the slot's midnight.
        clockAt("2026-11-04T00:00:01Z");
        assertEquals(List.of("2026-11-04T00:00:00Z #1 SUCCEEDED"), engine.check().stream()
                .map(r -> r.slot() + " #" + r.attempt() + " " + r.result()).toList());
    }

    @Test
    void afterDowntimeSlotsWithinTheCatchUpDaysRunOldestFirstAndOlderOnesAreMissed() {
        record(session("ana", ANA, "2026-10-30T07:00:00Z", "2026-10-30T15:30:00Z"));
        long report = scheduled("Ops", daily(UTC, "catch-up"), "2026-10-20T12:00:00Z");

        clockAt("2026-11-01T00:00:10Z");
        List<ExportRun> made = engine.check();

        String prefix = "saved-report:" + report + " ";
        assertEquals(List.of(
                prefix + "2026-10-30T00:00:00Z #1 SCHEDULED SUCCEEDED connect/Reports/catch-up/Ops-2026-10-30T00:00:00Z.csv 0",
                prefix + "2026-10-31T00:00:00Z #1 SCHEDULED SUCCEEDED connect/Reports/catch-up/Ops-2026-10-31T00:00:00Z.csv 1",
                prefix + "2026-11-01T00:00:00Z #1 SCHEDULED SUCCEEDED connect/Reports/catch-up/Ops-2026-11-01T00:00:00Z.csv 0"),
                describe(made), () -> errors(made));
        List<ExportRun> history = unitOfWork.inTransaction(() -> runs.newestFirst("saved-report:" + report, 0, 50));
        List<String> missed = history.stream().filter(r -> r.result() == ExportResult.MISSED)
                .map(r -> r.slot().toString()).sorted().toList();
        assertEquals(List.of("2026-10-21T00:00:00Z", "2026-10-22T00:00:00Z", "2026-10-23T00:00:00Z",
                "2026-10-24T00:00:00Z", "2026-10-25T00:00:00Z", "2026-10-26T00:00:00Z", "2026-10-27T00:00:00Z",
                "2026-10-28T00:00:00Z", "2026-10-29T00:00:00Z"), missed);
        assertEquals("Not run: the service was not running at 2026-10-21T00:00:00Z, and that is more than"
                + " export.catch-up-days (3) ago. Run it now to export it.", history.stream()
                .filter(r -> r.slot().equals(Instant.parse("2026-10-21T00:00:00Z"))).findFirst().orElseThrow().error());
        assertEquals(3, S3Server.objects().size());
        assertEquals(List.of(), engine.check(), "nothing is run or recorded twice");
        assertEquals(12, unitOfWork.inTransaction(() -> runs.count("saved-report:" + report)));
    }

    @Test
    void aWeeklyScheduleRunsOnlyAtTheMidnightsOfItsDays() {
        long report = scheduled("Weekly", new ExportSchedule(Recurrence.WEEKLY,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), ZoneId.of("America/New_York"), ""),
                "2026-11-04T15:00:00Z");
        List<String> slots = new ArrayList<>();
        // Each hour of a week and a half: the schedule was made on a Wednesday.
        for (Instant t = Instant.parse("2026-11-04T16:00:00Z"); t.isBefore(Instant.parse("2026-11-14T00:00:00Z"));
                t = t.plusSeconds(3600)) {
            TestWiring.CLOCK.set(t.toString());
            engine.check().forEach(r -> slots.add(r.slot().toString()));
        }
        // Thursday and Monday at 00:00 in New York: -05:00 in November.
        assertEquals(List.of("2026-11-05T05:00:00Z", "2026-11-09T05:00:00Z", "2026-11-12T05:00:00Z"), slots);
        assertEquals(3, unitOfWork.inTransaction(() -> runs.count("saved-report:" + report)));
    }

    @Test
    void twoEnginesOnOneDatabaseExportEachSlotOnce() throws Exception {
        record(session("ana", ANA, "2026-10-30T07:00:00Z", "2026-10-30T15:30:00Z"));
        List<Long> reportIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reportIds.add(scheduled("Report " + i, daily(UTC, "twice"), "2026-10-28T12:00:00Z"));
        }
        ExportEngine other = new ExportEngine(catalog, runs, reports, target, unitOfWork, TestWiring.CLOCK, policy,
                result -> { });
        clockAt("2026-11-01T00:00:10Z");

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<List<ExportRun>> first = CompletableFuture.supplyAsync(() -> checkAfter(start, engine));
        CompletableFuture<List<ExportRun>> second = CompletableFuture.supplyAsync(() -> checkAfter(start, other));
        start.countDown();
        List<ExportRun> both = new ArrayList<>(first.get());
        both.addAll(second.get());
        List<String> made = describe(both);

        List<String> expected = new ArrayList<>();
        for (long id : reportIds) {
            for (String day : List.of("2026-10-30", "2026-10-31", "2026-11-01")) {
                expected.add("saved-report:" + id + " " + day + "T00:00:00Z #1 SCHEDULED SUCCEEDED connect/Reports/twice/Report "
                        + reportIds.indexOf(id) + "-" + day + "T00:00:00Z.csv " + (day.equals("2026-10-31") ? 1 : 0));
            }
        }
        assertEquals(expected.stream().sorted().toList(), made.stream().sorted().toList(), () -> errors(both));
        assertEquals(12, S3Server.objects().size());
        for (long id : reportIds) {
            // Three exported slots and the one missed (2026-10-29), each recorded once.
            assertEquals(4, unitOfWork.inTransaction(() -> runs.count("saved-report:" + id)));
        }
    }

    @Test
    void aRunLeftRunningByAStoppedInstanceFailsAfterTheTimeoutAndIsRetried() {
        long report = scheduled("Ops", daily(UTC, ""), "2026-11-01T12:00:00Z");
        String id = ScheduledExport.savedReportId(report);
        clockAt("2026-11-02T00:00:01Z");
        unitOfWork.inTransaction(() -> runs.claim(id, Instant.parse("2026-11-02T00:00:00Z"), 1, RunTrigger.SCHEDULED,
                Instant.parse("2026-11-02T00:00:01Z")));

        clockAt("2026-11-02T00:10:00Z");
        assertEquals(List.of(), engine.check(), "running for less than export.run-timeout");
        clockAt("2026-11-02T00:16:00Z");
        assertEquals(List.of(), engine.check());
        ExportRun abandoned = unitOfWork.inTransaction(() -> runs.newestFirst(id, 0, 1)).get(0);
        assertEquals("FAILED Abandoned: the instance running it stopped before it finished.",
                abandoned.result() + " " + abandoned.error());
        clockAt("2026-11-02T00:21:00Z");
        List<ExportRun> retried = engine.check();
        assertEquals(List.of(id + " 2026-11-02T00:00:00Z #2 SCHEDULED SUCCEEDED connect/Reports/Ops-2026-11-02T00:00:00Z.csv 0"),
                describe(retried), () -> errors(retried));
    }

    @Test
    void anExportFromConfigurationExistsSinceItsDefinitionLastChanged() {
        Instant first = Instant.parse("2026-11-01T10:00:00Z");
        Instant later = Instant.parse("2026-11-05T10:00:00Z");
        assertEquals(first, unitOfWork.inTransaction(() -> configuredExports.since("ops", "DAILY;;UTC", first)));
        assertEquals(first, unitOfWork.inTransaction(() -> configuredExports.since("ops", "DAILY;;UTC", later)),
                "the same definition, seen again after a restart");
        assertEquals(later, unitOfWork.inTransaction(() -> configuredExports.since("ops", "WEEKLY;MONDAY;UTC", later)),
                "a changed definition takes effect when it is seen");
    }

    private List<ExportRun> checkAfter(CountDownLatch start, ExportEngine which) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return which.check();
    }

    private long scheduled(String name, ExportSchedule schedule, String since) {
        return unitOfWork.inTransaction(() -> {
            long id = savedReports.insert("maria.manager", name, new ReportDefinition(ReportRange.of(RangePreset.TODAY),
                    UTC, SessionFilter.NONE), true, Instant.parse(since)).id();
            schedules.put(new ReportSchedule(id, schedule, Instant.parse(since)), ExportKey.stem(schedule.prefix(), name));
            return id;
        });
    }

    private static ExportSchedule daily(ZoneId zone, String prefix) {
        return new ExportSchedule(Recurrence.DAILY, Set.of(), zone, prefix);
    }

    @SafeVarargs
    private void record(List<AgentEvent>... sessions) {
        List<AgentEvent> events = new ArrayList<>();
        for (List<AgentEvent> session : sessions) {
            events.addAll(session);
        }
        recorder.record(events);
    }

    private static List<AgentEvent> session(String user, UserAttributes snapshot, String login, String logout) {
        return List.of(new AgentEvent(null, user, null, EventType.LOGIN, Instant.parse(login), snapshot),
                new AgentEvent(null, user, null, EventType.LOGOUT, Instant.parse(logout), snapshot));
    }

    private String onDemandCsv(ZoneId zone, String start, String end) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LoginLogoutCsv.write(unitOfWork.inTransaction(() -> reports.generate(new ReportDefinition(
                ReportRange.custom(LocalDateTime.parse(start), LocalDateTime.parse(end)), zone, SessionFilter.NONE))),
                out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void clockAt(String instant) {
        TestWiring.CLOCK.set(instant);
    }

    private static List<String> describe(List<ExportRun> made) {
        return made.stream().map(ExportEngineTest::describe).toList();
    }

    /** Why runs that should have succeeded did not: the assertion's message. */
    private static String errors(List<ExportRun> made) {
        return made.stream().filter(r -> r.error() != null).map(r -> r.slot() + ": " + r.error())
                .collect(Collectors.joining("; "));
    }

    private static String describe(ExportRun run) {
        return run.exportId() + " " + run.slot() + " #" + run.attempt() + " " + run.trigger() + " " + run.result() + " "
                + (run.objectKey() == null ? "-" : run.objectKey()) + " " + (run.rowCount() == null ? "-" : run.rowCount());
    }
}
