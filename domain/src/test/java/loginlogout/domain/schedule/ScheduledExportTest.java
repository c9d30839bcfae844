package loginlogout.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import loginlogout.domain.Scenario;
import loginlogout.domain.failure.InvalidInputException;
import loginlogout.domain.report.RangePreset;
import loginlogout.domain.report.ReportDefinition;
import loginlogout.domain.report.ReportLimits;
import loginlogout.domain.report.ReportRange;
import loginlogout.domain.report.SessionFilter;
import loginlogout.domain.report.TimeRange;
import loginlogout.domain.savedreport.SavedReport;
import org.junit.jupiter.api.Test;

/** What a scheduled run reports: the day before its midnight for a saved report, or a configured preset. */
class ScheduledExportTest {

    private static final ReportLimits LIMITS = ReportLimits.SEED_DEFAULTS;
    private static final SessionFilter ANA_ONLY = new SessionFilter(Set.of("ana"), Set.of(), Set.of());

    private static ScheduledExport berlinDaily(ReportRange savedRange) {
        SavedReport saved = new SavedReport(7, "maria", "Night shift", new ReportDefinition(savedRange,
                ZoneId.of("UTC"), ANA_ONLY), true, Instant.EPOCH, Instant.EPOCH, 1);
        ExportSchedule schedule = new ExportSchedule(Recurrence.DAILY, Set.of(), ZoneId.of("Europe/Berlin"), "ops");
        return ScheduledExport.of(saved, new ReportSchedule(7, schedule, Instant.EPOCH));
    }

    @Test
    void aSavedReportsRunCoversTheDayBeforeItsMidnightInTheSchedulesZoneWhateverRangeWasSaved() {
        for (ReportRange saved : List.of(ReportRange.of(RangePreset.LAST_3_DAYS), ReportRange.of(RangePreset.TODAY))) {
            ScheduledExport export = berlinDaily(saved);
            // Berlin's clocks go back on 25 October 2026 and forward on 29 March 2026.
            for (String day : List.of("2026-10-26", "2026-03-30", "2026-11-04")) {
                ExportSlot slot = export.schedule().slotOn(LocalDate.parse(day));
                assertEquals(slot.covered(), export.covers(slot, LIMITS), day);
            }
            assertEquals(new TimeRange(Instant.parse("2026-10-24T22:00:00Z"), Instant.parse("2026-10-25T23:00:00Z")),
                    export.covers(export.schedule().slotOn(LocalDate.parse("2026-10-26")), LIMITS), "25 hours");
            assertEquals(new ReportDefinition(ReportRange.of(RangePreset.YESTERDAY), ZoneId.of("Europe/Berlin"),
                    ANA_ONLY), export.report(), "the saved filters, the schedule's zone");
        }
    }

    @Test
    void aRunsRowsAreThoseOfTheOnDemandReportOfTheDayBefore() {
        Scenario scenario = new Scenario();
        scenario.record(Scenario.login("ana", "2026-11-02T23:30:00Z"), Scenario.logout("ana", "2026-11-03T00:30:00Z"),
                Scenario.login("ana", "2026-11-03T08:00:00Z"), Scenario.logout("ana", "2026-11-03T09:00:00Z"),
                Scenario.login("ben", "2026-11-03T08:00:00Z"), Scenario.logout("ben", "2026-11-03T09:00:00Z"));
        ScheduledExport export = berlinDaily(ReportRange.of(RangePreset.TODAY));
        ExportSlot slot = export.schedule().slotOn(LocalDate.parse("2026-11-04"));

        List<String> rows = Scenario.text(scenario.now(slot.scheduled().toString()).report(export.report()));

        assertEquals(scenario.rows("Europe/Berlin", "2026-11-03T00:00:00", "2026-11-04T00:00:00", ANA_ONLY), rows);
        assertEquals(List.of("ana |  |  |  |  | 2026-11-03T00:30:00+01:00 | 2026-11-03T01:30:00+01:00 | 1:00:00",
                "ana |  |  |  |  | 2026-11-03T09:00:00+01:00 | 2026-11-03T10:00:00+01:00 | 1:00:00"), rows);
    }

    @Test
    void aConfiguredExportsRangeIsAPresetCountedBackFromItsMidnight() {
        ExportSchedule schedule = new ExportSchedule(Recurrence.DAILY, Set.of(), ZoneId.of("America/New_York"), "");
        ScheduledExport twoDays = ScheduledExport.configured("sales", schedule, RangePreset.LAST_2_DAYS,
                SessionFilter.NONE, Instant.EPOCH);
        ExportSlot monday = schedule.slotOn(LocalDate.parse("2026-11-02"));
        TimeRange covered = twoDays.covers(monday, LIMITS);
        assertEquals(new TimeRange(Instant.parse("2026-10-31T04:00:00Z"), Instant.parse("2026-11-02T05:00:00Z")),
                covered);
        assertEquals(Duration.ofHours(49), Duration.between(covered.start(), covered.end()));
        assertEquals("configuration:sales", twoDays.id());

        for (RangePreset refused : List.of(RangePreset.TODAY, RangePreset.CUSTOM)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScheduledExport.configured(
                    "sales", schedule, refused, SessionFilter.NONE, Instant.EPOCH));
            assertEquals("range", e.field());
        }
    }

    @Test
    void onlyAPastMidnightOfTheScheduleIsASlotToRunNow() {
        ScheduledExport export = berlinDaily(ReportRange.of(RangePreset.TODAY));
        Instant now = Instant.parse("2026-11-04T10:00:00Z");
        assertEquals(export.schedule().slotOn(LocalDate.parse("2026-11-04")),
                export.slotAt(Instant.parse("2026-11-03T23:00:00Z"), now));

        InvalidInputException notASlot = assertThrows(InvalidInputException.class,
                () -> export.slotAt(Instant.parse("2026-11-04T00:00:00Z"), now));
        assertEquals("slot", notASlot.field());
        assertEquals("2026-11-04T00:00:00Z is not one of this schedule's runs, which are at 00:00 Europe/Berlin"
                + " every day, such as 2026-11-03T23:00:00Z.", notASlot.getMessage());
        InvalidInputException future = assertThrows(InvalidInputException.class,
                () -> export.slotAt(Instant.parse("2026-11-04T23:00:00Z"), now));
        assertEquals("slot", future.field());
        InvalidInputException farAway = assertThrows(InvalidInputException.class,
                () -> export.slotAt(Instant.parse("+999999999-12-31T23:00:00Z"), now));
        assertEquals("A slot is a midnight from the year 1900 to 2199; +999999999-12-31T23:00:00Z is not.",
                farAway.getMessage());
    }
}
