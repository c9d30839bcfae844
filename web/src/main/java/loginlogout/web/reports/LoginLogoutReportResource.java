package loginlogout.web.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import loginlogout.domain.access.Permission;
import loginlogout.domain.report.LoginLogoutReport;
import loginlogout.domain.report.LoginLogoutReports;

/** The on-demand Login/Logout report, as JSON or as the CSV download. */
@Path("/api/v1/reports/login-logout")
@ApplicationScoped
@RolesAllowed(Permission.Names.AGENT_TIME_CARD_VIEW)
public class LoginLogoutReportResource {

    private final LoginLogoutReports reports;

    @Inject
    LoginLogoutReportResource(LoginLogoutReports reports) {
        this.reports = reports;
    }

    @GET
    public Response report(@Context UriInfo uri, @Context HttpHeaders headers) {
        ReportParameters parameters = ReportParameters.of(uri.getQueryParameters());
        boolean csv = ReportOutput.wantsCsv(uri.getQueryParameters().getFirst("format"),
                headers.getAcceptableMediaTypes());
        // Made whole before the first byte is sent: a report over the limit is an error, never a partial file.
        LoginLogoutReport report = reports.generate(parameters.toDefinition());
        return ReportOutput.response(report, csv);
    }
}
