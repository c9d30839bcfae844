package loginlogout.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import loginlogout.domain.access.AccountStore;
import loginlogout.domain.access.Authenticator;
import loginlogout.domain.access.SecurityProfileStore;
import loginlogout.domain.access.UserAdministration;
import loginlogout.domain.failure.InvalidSettingException;
import loginlogout.domain.recording.EventRecorder;
import loginlogout.domain.report.LoginLogoutReports;
import loginlogout.domain.report.ReportLimits;
import loginlogout.domain.savedreport.SavedReportStore;
import loginlogout.domain.savedreport.SavedReports;
import loginlogout.domain.schedule.ConfiguredExports;
import loginlogout.domain.schedule.ExportCatalog;
import loginlogout.domain.schedule.ExportFiles;
import loginlogout.domain.schedule.ExportRunStore;
import loginlogout.domain.schedule.ExportRunner;
import loginlogout.domain.schedule.ReportSchedules;
import loginlogout.domain.schedule.ScheduleStore;
import loginlogout.domain.session.EventStore;
import loginlogout.domain.session.SessionStore;
import loginlogout.domain.session.UnitOfWork;
import loginlogout.domain.session.UserStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes the domain's services, which know no framework, from the stores and the settings. */
@ApplicationScoped
public class DomainServices {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    ReportLimits reportLimits(@ConfigProperty(name = "report.max-rows") String maxRows,
                              @ConfigProperty(name = "report.max-range-days") String maxRangeDays) {
        return new ReportLimits(positive("report.max-rows", maxRows), positive("report.max-range-days", maxRangeDays));
    }

    private static int positive(String setting, String value) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new InvalidSettingException(setting + "=" + value + " is not valid; it is a whole number of at least 1.");
    }

    @Produces
    @Singleton
    EventRecorder eventRecorder(EventStore events, SessionStore sessions, UserStore users, UnitOfWork unitOfWork) {
        return new EventRecorder(events, sessions, users, unitOfWork);
    }

    @Produces
    @Singleton
    LoginLogoutReports reports(SessionStore sessions, UnitOfWork unitOfWork, Clock clock, ReportLimits limits) {
        return new LoginLogoutReports(sessions, unitOfWork, clock, limits);
    }

    @Produces
    @Singleton
    Authenticator authenticator(AccountStore accounts, SecurityProfileStore profiles, UnitOfWork unitOfWork, Clock clock,
                                @ConfigProperty(name = "security.password-hash-iterations") int iterations) {
        return new Authenticator(accounts, profiles, unitOfWork, clock, iterations);
    }

    @Produces
    @Singleton
    UserAdministration userAdministration(AccountStore accounts, SecurityProfileStore profiles, UnitOfWork unitOfWork,
                                          @ConfigProperty(name = "security.password-hash-iterations") int iterations) {
        return new UserAdministration(accounts, profiles, unitOfWork, iterations);
    }

    @Produces
    @Singleton
    SavedReports savedReports(SavedReportStore store, ScheduleStore schedules, ExportRunStore runs, ExportFiles files,
                              LoginLogoutReports reports, UnitOfWork unitOfWork, Clock clock) {
        return new SavedReports(store, schedules, runs, files, reports, unitOfWork, clock);
    }

    @Produces
    @Singleton
    ExportFiles exportFiles(ScheduleStore schedules, ConfiguredExports configured) {
        return new ExportFiles(schedules, configured);
    }

    /** The runner and the catalog are the scheduling module's. */
    @Produces
    @Singleton
    ReportSchedules reportSchedules(SavedReportStore reports, ScheduleStore schedules, ExportRunStore runs,
                                    ExportCatalog catalog, ExportFiles files, ExportRunner runner, UnitOfWork unitOfWork,
                                    Clock clock) {
        return new ReportSchedules(reports, schedules, runs, catalog, files, runner, unitOfWork, clock);
    }
}
