package loginlogout.domain.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import loginlogout.domain.session.Session;
import loginlogout.domain.session.SessionStore;
import loginlogout.domain.session.UnitOfWork;

/**
 * Makes Login/Logout reports. The one path for every report: on demand as JSON or CSV, saved, and
 * scheduled exports; only the output format differs.
 */
public final class LoginLogoutReports {

    private final SessionStore sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final ReportLimits limits;

    public LoginLogoutReports(SessionStore sessions, UnitOfWork unitOfWork, Clock clock, ReportLimits limits) {
        this.sessions = Objects.requireNonNull(sessions);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
        this.limits = Objects.requireNonNull(limits);
    }

    /**
     * The report of this definition now.
     *
     * @throws InvalidReportDefinitionException when the range exceeds the limits
     * @throws ReportTooLargeException          when it would have more than the limit's rows
     */
    public LoginLogoutReport generate(ReportDefinition definition) {
        return generate(definition, clock.instant());
    }

    /** The report of this definition as of {@code asOf}: a scheduled export's is its slot's midnight. */
    public LoginLogoutReport generate(ReportDefinition definition, Instant asOf) {
        TimeRange range = definition.range().resolve(definition.timeZone(), asOf, limits);
        List<SessionRow> rows = new ArrayList<>();
        for (Session session : unitOfWork.inTransaction(() -> sessions.withLoginOrLogoutIn(range))) {
            if (definition.filter().keeps(session)) {
                SessionRow.of(session, range).ifPresent(rows::add);
                if (rows.size() > limits.maxRows()) {
                    throw new ReportTooLargeException(limits.maxRows());
                }
            }
        }
        rows.sort(SessionRow.REPORT_ORDER);
        return new LoginLogoutReport(definition.timeZone(), range, rows);
    }

    /** Checks that the definition can make a report (its range within the limits), as it is saved. */
    public void check(ReportDefinition definition) {
        definition.range().resolve(definition.timeZone(), clock.instant(), limits);
    }

    public ReportLimits limits() {
        return limits;
    }
}
