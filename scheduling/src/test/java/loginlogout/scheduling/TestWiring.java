package loginlogout.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import loginlogout.domain.recording.EventRecorder;
import loginlogout.domain.report.LoginLogoutReports;
import loginlogout.domain.report.ReportLimits;
import loginlogout.domain.session.EventStore;
import loginlogout.domain.session.SessionStore;
import loginlogout.domain.session.UnitOfWork;
import loginlogout.domain.session.UserStore;

/**
 * The domain services the engine needs, which the web module makes in the service: here with the test
 * clock, and a row limit of 5 so that a too-large report takes six sessions.
 */
@ApplicationScoped
public class TestWiring {

    static final TestClock CLOCK = new TestClock();
    static final int MAX_ROWS = 5;

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    @Produces
    @Singleton
    ReportLimits limits() {
        return new ReportLimits(MAX_ROWS, 7);
    }

    @Produces
    @Singleton
    LoginLogoutReports reports(SessionStore sessions, UnitOfWork unitOfWork, Clock clock, ReportLimits limits) {
        return new LoginLogoutReports(sessions, unitOfWork, clock, limits);
    }

    @Produces
    @Singleton
    EventRecorder recorder(EventStore events, SessionStore sessions, UserStore users, UnitOfWork unitOfWork) {
        return new EventRecorder(events, sessions, users, unitOfWork);
    }
}
