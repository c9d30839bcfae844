package loginlogout.domain.recording;

import static loginlogout.domain.Scenario.login;
import static loginlogout.domain.Scenario.logout;
import static loginlogout.domain.Scenario.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import loginlogout.domain.Scenario;
import org.junit.jupiter.api.Test;

/** Delivery is idempotent: a duplicate is counted and changes nothing. */
class DuplicateEventsTest {

    private final Scenario scenario = new Scenario();

    private List<String> rowsOfNovember2() {
        return scenario.rows("UTC", "2026-11-02T00:00:00", "2026-11-03T00:00:00");
    }

    @Test
    void anEventWhoseSourceIdIsStoredIsADuplicateWhateverItSays() {
        scenario.record(withId("e-1", login("jdoe", "2026-11-02T08:00:00Z")));
        RecordingResult result = scenario.record(withId("e-1", login("jdoe", "2026-11-02T09:00:00Z")),
                withId("e-2", logout("jdoe", "2026-11-02T10:00:00Z")));
        assertEquals(new RecordingResult(2, 1, 1), result);
        assertEquals(List.of("jdoe |  |  |  |  | 2026-11-02T08:00:00+00:00 | 2026-11-02T10:00:00+00:00 | 2:00:00"),
                rowsOfNovember2());
    }

    @Test
    void anEventWithTheSameUserTypeAndTimeAsAStoredOneIsADuplicate() {
        scenario.record(login("jdoe", "2026-11-02T08:00:00.123456789Z"));
        RecordingResult result = scenario.record(withId("new-id", login("jdoe", "2026-11-02T08:00:00.123456789Z")),
                login("jdoe", "2026-11-02T08:00:00.123Z"));
        // Detected on the exact time as received: a millisecond apart is another event.
        assertEquals(new RecordingResult(2, 1, 1), result);
        assertEquals(2, scenario.history().eventCount());
    }

    @Test
    void duplicatesWithinOneBatchAreCountedOnce() {
        RecordingResult result = scenario.record(withId("a", login("jdoe", "2026-11-02T08:00:00Z")),
                withId("a", login("jdoe", "2026-11-02T08:00:00Z")),
                logout("jdoe", "2026-11-02T09:00:00Z"), logout("jdoe", "2026-11-02T09:00:00Z"));
        assertEquals(new RecordingResult(4, 2, 2), result);
        assertEquals(List.of("jdoe |  |  |  |  | 2026-11-02T08:00:00+00:00 | 2026-11-02T09:00:00+00:00 | 1:00:00"),
                rowsOfNovember2());
    }

    @Test
    void aRedeliveredBatchChangesNothing() {
        scenario.record(login("jdoe", "2026-11-02T08:00:00Z"), logout("jdoe", "2026-11-02T09:00:00Z"));
        List<String> before = rowsOfNovember2();
        RecordingResult again = scenario.record(login("jdoe", "2026-11-02T08:00:00Z"),
                logout("jdoe", "2026-11-02T09:00:00Z"));
        assertEquals(new RecordingResult(2, 0, 2), again);
        assertEquals(before, rowsOfNovember2());
    }
}
