package loginlogout.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import loginlogout.domain.failure.ConflictException;
import loginlogout.domain.failure.InvalidInputException;
import loginlogout.domain.report.TimeRange;
import org.junit.jupiter.api.Test;

/** The spec's schedule: 00:00 in the zone, covering the day before, across zones and clock changes. */
class ExportScheduleTest {

    private static ExportSchedule daily(String zone) {
        return new ExportSchedule(Recurrence.DAILY, Set.of(), ZoneId.of(zone), "");
    }

    private static ExportSlot slot(String scheduled, String start) {
        return new ExportSlot(Instant.parse(scheduled), new TimeRange(Instant.parse(start), Instant.parse(scheduled)));
    }

    @Test
    void aDailyRunAtMidnightCoversThePreviousDayInTheZone() {
        assertEquals(slot("2026-11-04T00:00:00Z", "2026-11-03T00:00:00Z"), daily("UTC").slotOn(LocalDate.parse("2026-11-04")));
        // East of UTC the local midnight is the evening before in UTC; west of it, the morning.
        assertEquals(slot("2026-11-03T23:00:00Z", "2026-11-02T23:00:00Z"),
                daily("Europe/Berlin").slotOn(LocalDate.parse("2026-11-04")));
        assertEquals(slot("2026-11-04T05:00:00Z", "2026-11-03T05:00:00Z"),
                daily("America/New_York").slotOn(LocalDate.parse("2026-11-04")));
    }

    @Test
    void onClockChangeDaysTheCoveredDayHas23Or25Hours() {
        // New York: clocks forward on 2026-03-08 (23 hours), back on 2026-11-01 (25 hours).
        assertEquals(slot("2026-03-09T04:00:00Z", "2026-03-08T05:00:00Z"),
                daily("America/New_York").slotOn(LocalDate.parse("2026-03-09")));
        assertEquals(slot("2026-11-02T05:00:00Z", "2026-11-01T04:00:00Z"),
                daily("America/New_York").slotOn(LocalDate.parse("2026-11-02")));
        // Consecutive slots meet exactly: no overlap, no gap.
        List<ExportSlot> week = daily("Europe/Berlin").slotsBetween(Instant.parse("2026-10-22T00:00:00Z"),
                Instant.parse("2026-10-29T00:00:00Z"));
        for (int i = 1; i < week.size(); i++) {
            assertEquals(week.get(i - 1).scheduled(), week.get(i).covered().start());
        }
        assertEquals(7, week.size());
    }

    @Test
    void aWeeklyScheduleRunsOnlyOnItsDays() {
        ExportSchedule wednesdays = new ExportSchedule(Recurrence.WEEKLY, Set.of(DayOfWeek.WEDNESDAY),
                ZoneId.of("UTC"), "ops");
        // A run at midnight on Wednesday 2026-11-04 holds Tuesday and nothing of Wednesday.
        assertEquals(List.of(slot("2026-11-04T00:00:00Z", "2026-11-03T00:00:00Z"),
                        slot("2026-11-11T00:00:00Z", "2026-11-10T00:00:00Z")),
                wednesdays.slotsBetween(Instant.parse("2026-11-01T12:00:00Z"), Instant.parse("2026-11-11T00:00:00Z")));
        assertEquals(slot("2026-11-11T00:00:00Z", "2026-11-10T00:00:00Z"),
                wednesdays.nextAfter(Instant.parse("2026-11-04T00:00:00Z")));
        assertEquals(slot("2026-11-04T00:00:00Z", "2026-11-03T00:00:00Z"),
                wednesdays.latestDueAt(Instant.parse("2026-11-10T23:59:59Z")));
    }

    @Test
    void aWeeklyScheduleCreatedMidWeekStartsAtItsNextDay() {
        ExportSchedule mondaysAndFridays = new ExportSchedule(Recurrence.WEEKLY,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), ZoneId.of("Asia/Tokyo"), "");
        // Created on Wednesday 2026-11-04 at noon in Tokyo: Friday's midnight is the first run.
        assertEquals(slot("2026-11-05T15:00:00Z", "2026-11-04T15:00:00Z"),
                mondaysAndFridays.nextAfter(Instant.parse("2026-11-04T03:00:00Z")));
    }

    @Test
    void onlyTheSchedulesOwnMidnightsAreSlots() {
        ExportSchedule schedule = daily("America/New_York");
        assertEquals(Optional.of(slot("2026-11-03T05:00:00Z", "2026-11-02T05:00:00Z")),
                schedule.slotAt(Instant.parse("2026-11-03T05:00:00Z")));
        assertEquals(Optional.empty(), schedule.slotAt(Instant.parse("2026-11-03T00:00:00Z")));
    }

    @Test
    void theObjectKeyNamesTheScheduledMidnightInUtc() {
        Instant midnightInBerlin = Instant.parse("2026-11-03T23:00:00Z");
        assertEquals("Reports/ops/daily logins-2026-11-03T23:00:00Z.csv",
                ExportKey.of("", "ops", "daily logins", midnightInBerlin));
        assertEquals("tenant-7/Reports/daily logins-2026-11-03T23:00:00Z.csv",
                ExportKey.of("tenant-7/", "", "daily logins", midnightInBerlin));
    }

    @Test
    void aKeyRootMayEndWithASlashButFollowsThePrefixRules() {
        assertEquals("tenant-7/", ExportKey.checkedRoot("tenant-7/"));
        assertEquals("connect-", ExportKey.checkedRoot("connect-"));
        for (String root : new String[] {"/abs/", "a//", "../", "./", "a b/"}) {
            assertEquals("root", assertThrows(InvalidInputException.class, () -> ExportKey.checkedRoot(root)).field(),
                    root);
        }
    }

    @Test
    void aReportNameMustFitAFileName() {
        assertEquals("日".repeat(76), ExportKey.checkedFileName("日".repeat(76)));
        assertEquals("The report's name takes 231 bytes in a file name, and an export's file name has room for 230;"
                + " give the report a shorter name to schedule it.", assertThrows(ConflictException.class,
                () -> ExportKey.checkedFileName("日".repeat(77))).getMessage());
    }

    @Test
    void aReportNameIsOneSegmentOfTheKey() {
        Instant midnight = Instant.parse("2026-11-04T00:00:00Z");
        assertEquals("Reports/ops/.._.._etc_passwd-2026-11-04T00:00:00Z.csv",
                ExportKey.of("", "ops", "../../etc/passwd", midnight));
        assertEquals("Reports/A_B _ C-2026-11-04T00:00:00Z.csv", ExportKey.of("", "", "A/B \\ C", midnight));
    }

    @Test
    void badSchedulesAreRefusedNamingTheField() {
        assertEquals("days", assertThrows(InvalidInputException.class, () -> new ExportSchedule(Recurrence.WEEKLY,
                Set.of(), ZoneId.of("UTC"), "")).field());
        assertEquals("days", assertThrows(InvalidInputException.class, () -> new ExportSchedule(Recurrence.DAILY,
                Set.of(DayOfWeek.MONDAY), ZoneId.of("UTC"), "")).field());
        for (String prefix : new String[] {"/abs", "a/../b", "spaces here", "x".repeat(201), "ümlaut", "a//b", "a/",
                ".", "./a", "a/./b", "..", "a/.."}) {
            assertEquals("prefix", assertThrows(InvalidInputException.class, () -> new ExportSchedule(Recurrence.DAILY,
                    Set.of(), ZoneId.of("UTC"), prefix)).field(), prefix);
        }
        assertEquals("a-b_c/d.e", new ExportSchedule(Recurrence.DAILY, Set.of(), ZoneId.of("UTC"), "a-b_c/d.e").prefix());
    }
}
