package loginlogout.domain.session;

import static loginlogout.domain.Scenario.MARIA;
import static loginlogout.domain.Scenario.login;
import static loginlogout.domain.Scenario.logout;
import static loginlogout.domain.Scenario.withSnapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import loginlogout.domain.Scenario;
import loginlogout.domain.event.AgentEvent;
import loginlogout.domain.event.UserAttributes;
import org.junit.jupiter.api.Test;

/** The spec's "Events and sessions". */
class SessionRulesTest {

    private final Scenario scenario = new Scenario();

    private List<String> rowsOfNovember2() {
        return scenario.rows("UTC", "2026-11-02T00:00:00", "2026-11-03T00:00:00");
    }

    @Test
    void aLoginWhileASessionIsOpenEndsItWithAnUnknownEndAndStartsANewOne() {
        // Yesterday's window was closed without logging out: it must not become a 24-hour session.
        scenario.record(login("jdoe", "2026-11-02T08:00:00Z"),
                login("jdoe", "2026-11-02T13:00:00Z"), logout("jdoe", "2026-11-02T17:00:00Z"));
        assertEquals(List.of(
                "jdoe |  |  |  |  | 2026-11-02T08:00:00+00:00 |  | ",
                "jdoe |  |  |  |  | 2026-11-02T13:00:00+00:00 | 2026-11-02T17:00:00+00:00 | 4:00:00"), rowsOfNovember2());
    }

    @Test
    void aLogoutWithNoOpenSessionIsASessionWithUnknownLogin() {
        scenario.record(login("jdoe", "2026-11-02T08:00:00Z"), logout("jdoe", "2026-11-02T12:00:00Z"),
                logout("jdoe", "2026-11-02T12:30:00Z"));
        assertEquals(List.of(
                "jdoe |  |  |  |  | 2026-11-02T08:00:00+00:00 | 2026-11-02T12:00:00+00:00 | 4:00:00",
                "jdoe |  |  |  |  |  | 2026-11-02T12:30:00+00:00 | "), rowsOfNovember2());
    }

    @Test
    void eventsArrivingLateAndOutOfOrderGiveTheReportOfTheEventsInTimeOrder() {
        scenario.arriving(List.of(
                logout("jdoe", "2026-11-02T17:00:00Z"),
                login("jdoe", "2026-11-02T13:00:00Z"),
                logout("jdoe", "2026-11-02T12:00:00Z"),
                login("jdoe", "2026-11-02T08:00:00Z")));
        assertEquals(List.of(
                "jdoe |  |  |  |  | 2026-11-02T08:00:00+00:00 | 2026-11-02T12:00:00+00:00 | 4:00:00",
                "jdoe |  |  |  |  | 2026-11-02T13:00:00+00:00 | 2026-11-02T17:00:00+00:00 | 4:00:00"), rowsOfNovember2());
    }

    @Test
    void aLateLoginSplitsTheSessionItFallsInto() {
        scenario.record(login("jdoe", "2026-11-02T08:00:00Z"), logout("jdoe", "2026-11-02T17:00:00Z"));
        scenario.record(login("jdoe", "2026-11-02T12:00:00Z"));
        assertEquals(List.of(
                "jdoe |  |  |  |  | 2026-11-02T08:00:00+00:00 |  | ",
                "jdoe |  |  |  |  | 2026-11-02T12:00:00+00:00 | 2026-11-02T17:00:00+00:00 | 5:00:00"), rowsOfNovember2());
    }

    @Test
    void eventsAtTheSameTimeKeepTheirOrderOfArrival() {
        scenario.record(login("ann", "2026-11-02T08:00:00Z"), logout("ann", "2026-11-02T08:00:00Z"));
        scenario.record(logout("bob", "2026-11-02T08:00:00Z"), login("bob", "2026-11-02T08:00:00Z"));
        assertEquals(List.of(
                "ann |  |  |  |  | 2026-11-02T08:00:00+00:00 | 2026-11-02T08:00:00+00:00 | 0:00:00",
                "bob |  |  |  |  | 2026-11-02T08:00:00+00:00 |  | ",
                "bob |  |  |  |  |  | 2026-11-02T08:00:00+00:00 | "), rowsOfNovember2());
    }

    @Test
    void anyOrderOfArrivalInAnyBatchesGivesTheSessionsOfTheTimeOrder() {
        List<AgentEvent> inTimeOrder = new ArrayList<>();
        String[] types = "IIOIOOIIOIOIIOOI".split("");
        for (int i = 0; i < types.length; i++) {
            String time = String.format("2026-11-02T%02d:%02d:00Z", 1 + i, 7 * i % 60);
            inTimeOrder.add(types[i].equals("I") ? login("jdoe", time) : logout("jdoe", time));
        }
        Scenario ordered = new Scenario();
        ordered.record(inTimeOrder.toArray(AgentEvent[]::new));
        List<String> expected = ordered.rows("UTC", "2026-11-02T00:00:00", "2026-11-03T00:00:00");

        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<AgentEvent> shuffled = new ArrayList<>(inTimeOrder);
            Collections.shuffle(shuffled, random);
            Scenario late = new Scenario();
            for (int start = 0; start < shuffled.size(); ) {
                int end = Math.min(shuffled.size(), start + 1 + random.nextInt(4));
                late.record(shuffled.subList(start, end).toArray(AgentEvent[]::new));
                start = end;
            }
            assertEquals(expected, late.rows("UTC", "2026-11-02T00:00:00", "2026-11-03T00:00:00"),
                    "arrival order " + shuffled);
            assertEquals(ordered.history().sessions().size(), late.history().sessions().size());
        }
    }

    @Test
    void aSessionTakesTheAttributesOfItsLoginSnapshot() {
        UserAttributes moved = new UserAttributes("Maria", "Garcia", "Sales Profile", List.of("EMEA", "Leeds"));
        scenario.record(withSnapshot(MARIA, login("mgarcia", "2026-11-02T08:00:00Z")),
                withSnapshot(moved, logout("mgarcia", "2026-11-02T12:00:00Z")));
        assertEquals(List.of("mgarcia | Maria | Garcia | Basic Routing Profile | EMEA / London / Team Blue"
                + " | 2026-11-02T08:00:00+00:00 | 2026-11-02T12:00:00+00:00 | 4:00:00"), rowsOfNovember2());
    }

    @Test
    void aSessionWithoutLoginTakesTheAttributesOfItsLogout() {
        scenario.record(withSnapshot(MARIA, logout("mgarcia", "2026-11-02T12:00:00Z")));
        assertEquals(List.of("mgarcia | Maria | Garcia | Basic Routing Profile | EMEA / London / Team Blue"
                + " |  | 2026-11-02T12:00:00+00:00 | "), rowsOfNovember2());
    }

    @Test
    void anEventWithoutSnapshotTakesTheUsersStoredAttributes() {
        scenario.record(withSnapshot(MARIA, login("mgarcia", "2026-11-01T08:00:00Z")),
                logout("mgarcia", "2026-11-01T12:00:00Z"));
        scenario.record(login("mgarcia", "2026-11-02T08:00:00Z"));
        assertEquals(List.of("mgarcia | Maria | Garcia | Basic Routing Profile | EMEA / London / Team Blue"
                + " | 2026-11-02T08:00:00+00:00 |  | "), rowsOfNovember2());
    }
}
