package loginlogout.web.schedules;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import loginlogout.domain.access.Permission;
import loginlogout.domain.report.LoginLogoutReports;
import loginlogout.domain.report.SessionFilter;
import loginlogout.domain.schedule.ExportStatus;
import loginlogout.domain.schedule.ReportSchedules;
import loginlogout.web.json.Paging;
import loginlogout.web.json.QueryParameters;
import loginlogout.web.security.SignedInPrincipal;

/** The exports from configuration ({@code exports.<name>.*}): their schedules, history, and run now. */
@Path("/api/v1/exports")
@ApplicationScoped
@RolesAllowed(Permission.Names.AGENT_TIME_CARD_VIEW)
@Produces(MediaType.APPLICATION_JSON)
public class ExportsResource {

    private final ReportSchedules schedules;
    private final LoginLogoutReports reports;

    @Inject
    ExportsResource(ReportSchedules schedules, LoginLogoutReports reports) {
        this.schedules = schedules;
        this.reports = reports;
    }

    @GET
    public String list(@Context UriInfo uri) {
        QueryParameters.only(uri.getQueryParameters(), Set.of());
        JsonArrayBuilder items = Json.createArrayBuilder();
        schedules.configuredExports().forEach(e -> items.add(export(e)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @GET
    @Path("/{name}")
    public String show(@PathParam("name") String name, @Context UriInfo uri) {
        QueryParameters.only(uri.getQueryParameters(), Set.of());
        return export(schedules.configuredExport(name)).toString();
    }

    @GET
    @Path("/{name}/runs")
    public String runs(@PathParam("name") String name, @QueryParam("offset") @DefaultValue("0") String offset,
                       @QueryParam("limit") @DefaultValue("50") String limit, @Context UriInfo uri) {
        QueryParameters.only(uri.getQueryParameters(), Set.of("offset", "limit"));
        Paging paging = Paging.of(offset, limit);
        return ScheduleResource.page(paging, schedules.configuredRuns(name, paging.offset(), paging.limit()));
    }

    /** Runs, or re-runs, a slot now: {@code {"slot": "2026-11-03T05:00:00Z"}}, or no body for the latest due. */
    @POST
    @Path("/{name}/runs")
    @RolesAllowed(Permission.Names.AGENT_TIME_CARD_EDIT)
    public String runNow(@PathParam("name") String name, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                         String body, @Context SecurityContext security) {
        return ScheduleJson.run(schedules.runConfiguredNow(SignedInPrincipal.of(security), name,
                ScheduleJson.slot(contentType, body))).toString();
    }

    private JsonObject export(ExportStatus status) {
        SessionFilter filter = status.export().report().filter();
        return Json.createObjectBuilder(ScheduleJson.status(status, reports.limits()))
                .add("range", status.export().report().range().preset().name())
                .add("filters", Json.createObjectBuilder()
                        .add("agent", ScheduleJson.sorted(filter.agents()))
                        .add("routingProfile", ScheduleJson.sorted(filter.routingProfiles()))
                        .add("hierarchyGroup", ScheduleJson.sorted(filter.hierarchyGroups())))
                .build();
    }
}
