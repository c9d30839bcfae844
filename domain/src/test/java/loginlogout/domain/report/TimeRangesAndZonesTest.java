package loginlogout.domain.report;

import static loginlogout.domain.Scenario.login;
import static loginlogout.domain.Scenario.logout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import loginlogout.domain.Scenario;
import org.junit.jupiter.api.Test;

/** The spec's "Time ranges and time zones"; New York's clocks change on 2026-03-08 and 2026-11-01. */
class TimeRangesAndZonesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Scenario scenario = new Scenario();

    private LoginLogoutReport preset(RangePreset preset, String zone) {
        return scenario.report(new ReportDefinition(ReportRange.of(preset), ZoneId.of(zone), SessionFilter.NONE));
    }

    private static TimeRange range(String start, String end) {
        return new TimeRange(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void presetsAreTakenInTheReportsZone() {
        scenario.now("2026-11-04T15:30:00Z");
        assertEquals(range("2026-11-04T00:00:00Z", "2026-11-04T15:30:00Z"), preset(RangePreset.TODAY, "UTC").range());
        assertEquals(range("2026-11-03T15:30:00Z", "2026-11-04T15:30:00Z"),
                preset(RangePreset.LAST_24_HOURS, "UTC").range());
        assertEquals(range("2026-11-03T00:00:00Z", "2026-11-04T00:00:00Z"),
                preset(RangePreset.YESTERDAY, "UTC").range());
        assertEquals(range("2026-11-02T00:00:00Z", "2026-11-04T00:00:00Z"),
                preset(RangePreset.LAST_2_DAYS, "UTC").range());
        assertEquals(range("2026-11-01T00:00:00Z", "2026-11-04T00:00:00Z"),
                preset(RangePreset.LAST_3_DAYS, "UTC").range());
        // 15:30 UTC is already the 5th in Tokyo, and still the 4th in New York (10:30 EST).
        assertEquals(range("2026-11-04T15:00:00Z", "2026-11-04T15:30:00Z"),
                preset(RangePreset.TODAY, "Asia/Tokyo").range());
        assertEquals(range("2026-11-04T05:00:00Z", "2026-11-04T15:30:00Z"),
                preset(RangePreset.TODAY, "America/New_York").range());
    }

    @Test
    void theDayTheClocksGoBackHas25Hours() {
        scenario.now("2026-11-02T12:00:00Z");
        scenario.record(login("ann", "2026-11-01T04:00:00Z"), login("bob", "2026-11-02T04:59:59Z"),
                login("cat", "2026-11-02T05:00:00Z"), login("dan", "2026-11-01T03:59:59Z"));
        LoginLogoutReport yesterday = preset(RangePreset.YESTERDAY, "America/New_York");
        assertEquals(range("2026-11-01T04:00:00Z", "2026-11-02T05:00:00Z"), yesterday.range());
        assertEquals(List.of(
                "ann |  |  |  |  | 2026-11-01T00:00:00-04:00 |  | ",
                "bob |  |  |  |  | 2026-11-01T23:59:59-05:00 |  | "), Scenario.text(yesterday));
    }

    @Test
    void theDayTheClocksGoForwardHas23Hours() {
        scenario.now("2026-03-09T12:00:00Z");
        scenario.record(login("ann", "2026-03-08T05:00:00Z"), login("bob", "2026-03-09T03:59:59Z"),
                login("cat", "2026-03-09T04:00:00Z"));
        LoginLogoutReport yesterday = preset(RangePreset.YESTERDAY, "America/New_York");
        assertEquals(range("2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z"), yesterday.range());
        assertEquals(List.of(
                "ann |  |  |  |  | 2026-03-08T00:00:00-05:00 |  | ",
                "bob |  |  |  |  | 2026-03-08T23:59:59-04:00 |  | "), Scenario.text(yesterday));
    }

    @Test
    void aSessionAcrossAChangeOfClocksHasItsTrueLength() {
        // 01:30 EDT, then 01:30 EST an hour later: the repeated hour is told apart by the offset.
        scenario.record(login("jdoe", "2026-11-01T05:30:00Z"), logout("jdoe", "2026-11-01T06:30:00Z"));
        assertEquals(List.of("jdoe |  |  |  |  | 2026-11-01T01:30:00-04:00 | 2026-11-01T01:30:00-05:00 | 1:00:00"),
                scenario.rows("America/New_York", "2026-11-01T00:00:00", "2026-11-02T00:00:00"));
    }

    @Test
    void aLocalTimeSkippedByTheClocksMovesForwardByTheGap() {
        scenario.record(login("early", "2026-03-08T07:29:59Z"), login("onTime", "2026-03-08T07:30:00Z"));
        // 02:30 does not exist on 2026-03-08 in New York: the range starts at 03:30 EDT.
        assertEquals(List.of("onTime |  |  |  |  | 2026-03-08T03:30:00-04:00 |  | "),
                scenario.rows("America/New_York", "2026-03-08T02:30:00", "2026-03-09T00:00:00"));
    }

    @Test
    void anAmbiguousLocalTimeTakesTheEarlierOffset() {
        scenario.record(login("before", "2026-11-01T05:29:59Z"), login("first", "2026-11-01T05:30:00Z"));
        // 01:30 happens twice on 2026-11-01 in New York: the range starts at the first, 01:30 EDT.
        assertEquals(List.of("first |  |  |  |  | 2026-11-01T01:30:00-04:00 |  | "),
                scenario.rows("America/New_York", "2026-11-01T01:30:00", "2026-11-01T12:00:00"));
    }

    @Test
    void aCustomRangeMayBeSevenDaysLongAndNoLonger() {
        scenario.record(login("jdoe", "2026-11-08T23:59:59Z"));
        assertEquals(List.of("jdoe |  |  |  |  | 2026-11-08T23:59:59+00:00 |  | "),
                scenario.rows("UTC", "2026-11-02T00:00:00", "2026-11-09T00:00:00"));
        InvalidReportDefinitionException tooLong = assertThrows(InvalidReportDefinitionException.class,
                () -> scenario.rows("UTC", "2026-11-02T00:00:00", "2026-11-09T00:00:01"));
        assertEquals("end", tooLong.setting());
        assertEquals("A custom range may be at most 7 days long; 2026-11-02T00:00 to 2026-11-09T00:00:01 is longer."
                + " Choose an end at or before 2026-11-09T00:00.", tooLong.getMessage());
    }

    @Test
    void aCustomRangeLimitFollowsTheSetting() {
        scenario.limits(new ReportLimits(10_000, 2));
        assertEquals("end", assertThrows(InvalidReportDefinitionException.class,
                () -> scenario.rows("UTC", "2026-11-02T00:00:00", "2026-11-04T00:00:01")).setting());
    }

    @Test
    void aCustomRangeStartsBeforeItEnds() {
        LocalDateTime t = LocalDateTime.parse("2026-11-02T00:00:00");
        assertEquals("end", assertThrows(InvalidReportDefinitionException.class,
                () -> ReportRange.custom(t, t)).setting());
        assertEquals("end", assertThrows(InvalidReportDefinitionException.class,
                () -> ReportRange.custom(t, t.minusSeconds(1))).setting());
        assertEquals("start", assertThrows(InvalidReportDefinitionException.class,
                () -> ReportRange.custom(null, t)).setting());
        assertEquals("start", assertThrows(InvalidReportDefinitionException.class,
                () -> new ReportRange(RangePreset.TODAY, t, null)).setting());
    }

    @Test
    void aCustomRangeIsWithinTheSupportedYears() {
        InvalidReportDefinitionException early = assertThrows(InvalidReportDefinitionException.class,
                () -> scenario.rows("UTC", "1899-12-31T00:00:00", "1900-01-01T00:00:00"));
        assertEquals("start", early.setting());
        assertEquals("Reports cover times from the year 1900 to 2199; 1899-12-31T00:00 is outside.", early.getMessage());
        assertEquals("end", assertThrows(InvalidReportDefinitionException.class,
                () -> scenario.rows("UTC", "2199-12-31T00:00:00", "2200-01-01T00:00:00")).setting());
        assertEquals(List.of(), scenario.rows("UTC", "2199-12-30T00:00:00", "2199-12-31T00:00:00"));
    }

    @Test
    void todayAtTheStrokeOfMidnightIsAnEmptyReport() {
        scenario.now("2026-11-02T00:00:00Z");
        scenario.record(login("jdoe", "2026-11-02T00:00:00Z"));
        assertEquals(List.of(), Scenario.text(preset(RangePreset.TODAY, "UTC")));
    }
}
