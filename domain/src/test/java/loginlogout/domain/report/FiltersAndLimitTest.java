package loginlogout.domain.report;

import static loginlogout.domain.Scenario.login;
import static loginlogout.domain.Scenario.withSnapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import loginlogout.domain.Scenario;
import loginlogout.domain.event.UserAttributes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spec's "Filters" and "Size limit". */
class FiltersAndLimitTest {

    private final Scenario scenario = new Scenario();

    @BeforeEach
    void threeAgents() {
        scenario.record(
                withSnapshot(new UserAttributes("Maria", "Garcia", "Basic", List.of("EMEA", "London", "Blue")),
                        login("mgarcia", "2026-11-02T08:00:00Z")),
                withSnapshot(new UserAttributes("Tom", "Nguyen", "Sales", List.of("EMEA", "Leeds")),
                        login("tnguyen", "2026-11-02T09:00:00Z")),
                withSnapshot(new UserAttributes("Ola", "Okafor", "Basic", List.of()),
                        login("okafor", "2026-11-02T10:00:00Z")));
    }

    private List<String> users(SessionFilter filter) {
        return scenario.rows("UTC", "2026-11-02T00:00:00", "2026-11-03T00:00:00", filter).stream()
                .map(row -> row.substring(0, row.indexOf(' '))).toList();
    }

    @Test
    void byAgents() {
        assertEquals(List.of("mgarcia", "okafor"),
                users(new SessionFilter(Set.of("okafor", "mgarcia"), Set.of(), Set.of())));
    }

    @Test
    void byRoutingProfile() {
        assertEquals(List.of("tnguyen"), users(new SessionFilter(Set.of(), Set.of("Sales"), Set.of())));
    }

    @Test
    void aHierarchyGroupAtAnyLevelSelectsEverythingUnderIt() {
        assertEquals(List.of("mgarcia", "tnguyen"), users(new SessionFilter(Set.of(), Set.of(), Set.of("EMEA"))));
        assertEquals(List.of("mgarcia"), users(new SessionFilter(Set.of(), Set.of(), Set.of("London"))));
        assertEquals(List.of("mgarcia", "tnguyen"),
                users(new SessionFilter(Set.of(), Set.of(), Set.of("Blue", "Leeds"))));
    }

    @Test
    void aSessionWithoutAttributesIsKeptOnlyWhenNoAttributeIsFilteredOn() {
        scenario.record(Scenario.login("anon", "2026-11-02T11:00:00Z"));
        assertEquals(List.of("anon"), users(new SessionFilter(Set.of("anon"), Set.of(), Set.of())));
        assertEquals(List.of("mgarcia", "okafor"), users(new SessionFilter(Set.of(), Set.of("Basic"), Set.of())));
        assertEquals(List.of("mgarcia", "tnguyen"), users(new SessionFilter(Set.of(), Set.of(), Set.of("EMEA"))));
    }

    @Test
    void differentFiltersAreAndedAndNamesMatchExactly() {
        assertEquals(List.of("mgarcia"), users(new SessionFilter(Set.of(), Set.of("Basic"), Set.of("EMEA"))));
        assertEquals(List.of(), users(new SessionFilter(Set.of("okafor"), Set.of("Sales"), Set.of())));
        assertEquals(List.of(), users(new SessionFilter(Set.of(), Set.of("basic"), Set.of())));
        assertEquals(List.of(), users(new SessionFilter(Set.of(), Set.of(), Set.of("Lon"))));
    }

    @Test
    void aReportOverTheLimitFailsWholeAndSaysWhatToDo() {
        scenario.limits(new ReportLimits(2, 7));
        ReportTooLargeException tooLarge = assertThrows(ReportTooLargeException.class, () -> users(SessionFilter.NONE));
        assertEquals(2, tooLarge.maxRows());
        assertEquals("The report has more than 2 rows, the most one report may hold. Shorten the time range or"
                + " add filters (agent, routing profile, hierarchy group).", tooLarge.getMessage());
    }

    @Test
    void aReportAtTheLimitOrFilteredUnderItIsMade() {
        scenario.limits(new ReportLimits(2, 7));
        assertEquals(List.of("mgarcia", "okafor"), users(new SessionFilter(Set.of(), Set.of("Basic"), Set.of())));
        scenario.limits(new ReportLimits(3, 7));
        assertEquals(List.of("mgarcia", "okafor", "tnguyen"), users(SessionFilter.NONE));
    }
}
