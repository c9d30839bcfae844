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
import loginlogout.domain.report.LoginLogoutReports;

/** The on-demand Login/Logout report, as JSON or as the CSV download. */
@Path("/api/v1/reports/login-logout")
@ApplicationScoped
@RolesAllowed(Permission.Names.AGENT_TIME_CARD_VIEW)
public class LoginLogoutReportResource {

    private final LoginLogoutReports reports;
    private final ReportDelivery delivery;

    @Inject
    LoginLogoutReportResource(LoginLogoutReports reports, ReportDelivery delivery) {
        this.reports = reports;
        this.delivery = delivery;
    }

    @GET
    public Response report(@Context UriInfo uri, @Context HttpHeaders headers) {
        ReportParameters parameters = ReportParameters.of(uri.getQueryParameters());
        boolean csv = ReportOutput.wantsCsv(uri.getQueryParameters().getFirst("format"),
                headers.getAcceptableMediaTypes());
        return delivery.deliver(() -> reports.generate(parameters.toDefinition()), csv);
    }
}
