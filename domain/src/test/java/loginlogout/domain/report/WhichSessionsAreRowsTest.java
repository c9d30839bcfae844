package loginlogout.domain.report;

import static loginlogout.domain.Scenario.login;
import static loginlogout.domain.Scenario.logout;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import loginlogout.domain.Scenario;
import org.junit.jupiter.api.Test;

/** The spec's "Which sessions a report shows", one rule a test, on the range 2026-11-02 (UTC). */
class WhichSessionsAreRowsTest {

    private final Scenario scenario = new Scenario();

    private List<String> rowsOfNovember2() {
        return scenario.rows("UTC", "2026-11-02T00:00:00", "2026-11-03T00:00:00");
    }

    @Test
    void aSessionWithLoginAndLogoutInTheRangeShowsBoth() {
        scenario.record(login("jdoe", "2026-11-02T08:00:00Z"), logout("jdoe", "2026-11-02T17:30:15Z"));
        assertEquals(List.of("jdoe |  |  |  |  | 2026-11-02T08:00:00+00:00 | 2026-11-02T17:30:15+00:00 | 9:30:15"),
                rowsOfNovember2());
    }

    @Test
    void aLoginInTheRangeWithoutLogoutInItShowsOnlyTheLogin() {
        scenario.record(login("jdoe", "2026-11-02T22:00:00Z"), logout("jdoe", "2026-11-03T06:00:00Z"));
        assertEquals(List.of("jdoe |  |  |  |  | 2026-11-02T22:00:00+00:00 |  | "), rowsOfNovember2());
    }

    @Test
    void aLoginBeforeTheRangeWithLogoutInItShowsBothTimesAndTheDuration() {
        scenario.record(login("jdoe", "2026-11-01T22:00:00Z"), logout("jdoe", "2026-11-02T06:05:09Z"));
        assertEquals(List.of("jdoe |  |  |  |  | 2026-11-01T22:00:00+00:00 | 2026-11-02T06:05:09+00:00 | 8:05:09"),
                rowsOfNovember2());
    }

    @Test
    void aLogoutInTheRangeWithUnknownLoginShowsOnlyTheLogout() {
        scenario.record(logout("jdoe", "2026-11-02T06:00:00Z"));
        assertEquals(List.of("jdoe |  |  |  |  |  | 2026-11-02T06:00:00+00:00 | "), rowsOfNovember2());
    }

    @Test
    void aUserLoggedInThroughTheWholeRangeIsNotShown() {
        scenario.record(login("jdoe", "2026-11-01T08:00:00Z"), logout("jdoe", "2026-11-04T08:00:00Z"));
        assertEquals(List.of(), rowsOfNovember2());
    }

    @Test
    void sessionsEntirelyBeforeOrAfterTheRangeAreNotShown() {
        scenario.record(login("jdoe", "2026-11-01T08:00:00Z"), logout("jdoe", "2026-11-01T16:00:00Z"),
                login("jdoe", "2026-11-03T08:00:00Z"), logout("jdoe", "2026-11-03T16:00:00Z"));
        assertEquals(List.of(), rowsOfNovember2());
    }

    @Test
    void theStartIsInTheRangeAndTheEndIsNot() {
        scenario.record(login("ann", "2026-11-02T00:00:00Z"), logout("ann", "2026-11-03T00:00:00Z"),
                login("bob", "2026-11-03T00:00:00Z"),
                logout("cat", "2026-11-02T00:00:00Z"));
        assertEquals(List.of(
                "ann |  |  |  |  | 2026-11-02T00:00:00+00:00 |  | ",
                "cat |  |  |  |  |  | 2026-11-02T00:00:00+00:00 | "), rowsOfNovember2());
    }

    @Test
    void timesAreTruncatedToSecondsAndTheDurationIsTheDifferenceOfTheShownTimes() {
        scenario.record(login("jdoe", "2026-11-02T08:00:00.900Z"), logout("jdoe", "2026-11-02T08:00:01.100Z"));
        assertEquals(List.of("jdoe |  |  |  |  | 2026-11-02T08:00:00+00:00 | 2026-11-02T08:00:01+00:00 | 0:00:01"),
                rowsOfNovember2());
    }

    @Test
    void durationHoursAreNotWrappedAt24() {
        scenario.record(login("jdoe", "2026-11-01T00:00:00Z"), logout("jdoe", "2026-11-02T06:05:09Z"));
        assertEquals(List.of("jdoe |  |  |  |  | 2026-11-01T00:00:00+00:00 | 2026-11-02T06:05:09+00:00 | 30:05:09"),
                rowsOfNovember2());
    }

    @Test
    void rowsAreOrderedByUsernameThenByTheFirstShownTime() {
        scenario.record(login("zoe", "2026-11-02T01:00:00Z"),
                login("amy", "2026-11-02T09:00:00Z"), logout("amy", "2026-11-02T10:00:00Z"),
                logout("amy", "2026-11-02T05:00:00Z"),
                login("amy", "2026-11-01T20:00:00Z"));
        assertEquals(List.of(
                "amy |  |  |  |  | 2026-11-01T20:00:00+00:00 | 2026-11-02T05:00:00+00:00 | 9:00:00",
                "amy |  |  |  |  | 2026-11-02T09:00:00+00:00 | 2026-11-02T10:00:00+00:00 | 1:00:00",
                "zoe |  |  |  |  | 2026-11-02T01:00:00+00:00 |  | "), rowsOfNovember2());
    }
}
