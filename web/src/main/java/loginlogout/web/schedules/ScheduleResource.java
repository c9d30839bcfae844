package loginlogout.web.schedules;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import loginlogout.domain.access.Permission;
import loginlogout.domain.report.LoginLogoutReports;
import loginlogout.domain.schedule.ExportRun;
import loginlogout.domain.schedule.ExportSchedule;
import loginlogout.domain.schedule.ReportSchedules;
import loginlogout.web.json.JsonBody;
import loginlogout.web.json.Paging;
import loginlogout.web.json.QueryParameters;
import loginlogout.web.problems.Problem;
import loginlogout.web.problems.ProblemException;
import loginlogout.web.security.SignedInPrincipal;

/**
 * A saved report's schedule: {@code PUT} to schedule it (which publishes it), {@code GET} with its next
 * run and latest run, {@code DELETE} (the exported files stay), and its run history, which a
 * {@code POST} adds to by running a slot now.
 */
@Path("/api/v1/saved-reports/{id}/schedule")
@ApplicationScoped
@RolesAllowed(Permission.Names.AGENT_TIME_CARD_VIEW)
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    private final ReportSchedules schedules;
    private final LoginLogoutReports reports;

    @Inject
    ScheduleResource(ReportSchedules schedules, LoginLogoutReports reports) {
        this.schedules = schedules;
        this.reports = reports;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Permission.Names.AGENT_TIME_CARD_EDIT)
    public Response schedule(@PathParam("id") String id, String body, @Context SecurityContext security,
                             @Context UriInfo uri) {
        ExportSchedule schedule = ScheduleJson.schedule(JsonBody.of(body, ScheduleJson.SCHEDULE_FIELDS));
        ReportSchedules.Scheduled scheduled = schedules.schedule(SignedInPrincipal.of(security), id(id), schedule);
        Response.ResponseBuilder response = scheduled.created() ? Response.created(uri.getRequestUri())
                : Response.ok();
        return response.entity(ScheduleJson.status(scheduled.status(), reports.limits()).toString())
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    public String show(@PathParam("id") String id, @Context SecurityContext security, @Context UriInfo uri) {
        QueryParameters.only(uri.getQueryParameters(), Set.of());
        return ScheduleJson.status(schedules.show(SignedInPrincipal.of(security), id(id)), reports.limits())
                .toString();
    }

    @DELETE
    @RolesAllowed(Permission.Names.AGENT_TIME_CARD_EDIT)
    public Response unschedule(@PathParam("id") String id, @Context SecurityContext security) {
        schedules.unschedule(SignedInPrincipal.of(security), id(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/runs")
    public String runs(@PathParam("id") String id, @QueryParam("offset") @DefaultValue("0") String offset,
                       @QueryParam("limit") @DefaultValue("50") String limit, @Context SecurityContext security,
                       @Context UriInfo uri) {
        QueryParameters.only(uri.getQueryParameters(), Set.of("offset", "limit"));
        Paging paging = Paging.of(offset, limit);
        return page(paging, schedules.runs(SignedInPrincipal.of(security), id(id), paging.offset(), paging.limit()));
    }

    /** Runs, or re-runs, a slot now: {@code {"slot": "2026-11-03T05:00:00Z"}}, or no body for the latest due. */
    @POST
    @Path("/runs")
    @RolesAllowed(Permission.Names.AGENT_TIME_CARD_EDIT)
    public String runNow(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                         String body, @Context SecurityContext security) {
        ExportRun run = schedules.runNow(SignedInPrincipal.of(security), id(id), ScheduleJson.slot(contentType, body));
        return ScheduleJson.run(run).toString();
    }

    static String page(Paging paging, ReportSchedules.RunPage page) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.runs().forEach(r -> items.add(ScheduleJson.run(r)));
        return paging.page(items, page.total()).toString();
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "There is no saved report " + id + "."));
        }
    }
}
