package loginlogout.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import loginlogout.domain.event.AgentEvent;
import loginlogout.domain.event.EventType;
import loginlogout.domain.event.UserAttributes;
import loginlogout.domain.recording.EventRecorder;
import loginlogout.domain.recording.RecordingResult;
import loginlogout.domain.report.LoginLogoutReport;
import loginlogout.domain.report.LoginLogoutReports;
import loginlogout.domain.report.ReportColumns;
import loginlogout.domain.report.ReportDefinition;
import loginlogout.domain.report.ReportLimits;
import loginlogout.domain.report.ReportRange;
import loginlogout.domain.report.SessionFilter;

/** A history of events and the reports it gives, written the way a test reads best. */
public final class Scenario {

    public static final UserAttributes MARIA = new UserAttributes("Maria", "Garcia", "Basic Routing Profile",
            List.of("EMEA", "London", "Team Blue"));

    private final InMemoryHistory history = new InMemoryHistory();
    private final EventRecorder recorder = new EventRecorder(history, history, history, history);
    private Instant now = Instant.parse("2026-12-01T00:00:00Z");
    private ReportLimits limits = ReportLimits.SEED_DEFAULTS;

    public static AgentEvent login(String user, String time) {
        return new AgentEvent(null, user, null, EventType.LOGIN, Instant.parse(time), null);
    }

    public static AgentEvent logout(String user, String time) {
        return new AgentEvent(null, user, null, EventType.LOGOUT, Instant.parse(time), null);
    }

    public static AgentEvent withId(String id, AgentEvent e) {
        return new AgentEvent(id, e.username(), e.agentId(), e.type(), e.time(), e.snapshot());
    }

    public static AgentEvent withSnapshot(UserAttributes snapshot, AgentEvent e) {
        return new AgentEvent(e.sourceId(), e.username(), e.agentId(), e.type(), e.time(), snapshot);
    }

    public RecordingResult record(AgentEvent... events) {
        return recorder.record(List.of(events));
    }

    /** Records each event as a batch of its own, in this order of arrival. */
    public Scenario arriving(List<AgentEvent> events) {
        events.forEach(e -> recorder.record(List.of(e)));
        return this;
    }

    public Scenario now(String instant) {
        now = Instant.parse(instant);
        return this;
    }

    public Scenario limits(ReportLimits newLimits) {
        limits = newLimits;
        return this;
    }

    public InMemoryHistory history() {
        return history;
    }

    public LoginLogoutReport report(ReportDefinition definition) {
        return new LoginLogoutReports(history, history, Clock.fixed(now, ZoneOffset.UTC), limits).generate(definition);
    }

    /** The rows of a custom-range report, each as its cells joined by " | ". */
    public List<String> rows(String zone, String start, String end) {
        return rows(zone, start, end, SessionFilter.NONE);
    }

    public List<String> rows(String zone, String start, String end, SessionFilter filter) {
        return text(report(new ReportDefinition(
                ReportRange.custom(LocalDateTime.parse(start), LocalDateTime.parse(end)), ZoneId.of(zone), filter)));
    }

    public static List<String> text(LoginLogoutReport report) {
        List<String> rows = new ArrayList<>();
        report.rows().forEach(row -> rows.add(ReportColumns.cells(row, report.timeZone()).stream()
                .map(c -> c == null ? "" : c).collect(Collectors.joining(" | "))));
        return rows;
    }
}
