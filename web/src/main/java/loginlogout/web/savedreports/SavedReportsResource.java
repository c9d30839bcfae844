package loginlogout.web.savedreports;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import loginlogout.domain.access.Permission;
import loginlogout.domain.access.SignedInUser;
import loginlogout.domain.report.ReportDefinition;
import loginlogout.domain.savedreport.SavedReport;
import loginlogout.domain.savedreport.SavedReports;
import loginlogout.web.json.JsonBody;
import loginlogout.web.json.Paging;
import loginlogout.web.json.QueryParameters;
import loginlogout.web.problems.Problem;
import loginlogout.web.problems.ProblemException;
import loginlogout.web.reports.ReportDelivery;
import loginlogout.web.reports.ReportOutput;
import loginlogout.web.security.SignedInPrincipal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The saved-report library. A report's link is its address here; it gives nothing to someone without the
 * permissions. "Save" is {@code PUT} with the version read ({@code If-Match} or {@code version}), so that
 * of two people saving one version, the later one is told instead of overwriting the other.
 */
@Path("/api/v1/saved-reports")
@ApplicationScoped
@RolesAllowed(Permission.Names.AGENT_TIME_CARD_VIEW)
@Produces(MediaType.APPLICATION_JSON)
public class SavedReportsResource {

    private final SavedReports library;
    private final ReportDelivery delivery;
    private final Optional<String> publicUrl;

    @Inject
    SavedReportsResource(SavedReports library, ReportDelivery delivery,
                         @ConfigProperty(name = "server.public-url") Optional<String> publicUrl) {
        this.library = library;
        this.delivery = delivery;
        this.publicUrl = publicUrl;
    }

    @GET
    public String list(@QueryParam("offset") @DefaultValue("0") String offset,
                       @QueryParam("limit") @DefaultValue("50") String limit,
                       @Context SecurityContext security, @Context UriInfo uri) {
        QueryParameters.only(uri.getQueryParameters(), Set.of("offset", "limit"));
        Paging paging = Paging.of(offset, limit);
        SavedReports.Page page = library.list(SignedInPrincipal.of(security), paging.offset(), paging.limit());
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.reports().forEach(r -> items.add(SavedReportJson.of(r, link(uri, r))));
        return paging.page(items, page.total()).toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(String body, @Context SecurityContext security, @Context UriInfo uri) {
        JsonBody json = JsonBody.of(body, SavedReportJson.SETTINGS);
        String name = json.text("name");
        ReportDefinition definition = SavedReportJson.definition(json);
        SavedReport saved = library.save(SignedInPrincipal.of(security), name, definition);
        return answer(Response.created(link(uri, saved)), saved, uri);
    }

    @GET
    @Path("/{id}")
    public Response open(@PathParam("id") String id, @Context SecurityContext security, @Context UriInfo uri) {
        QueryParameters.only(uri.getQueryParameters(), Set.of());
        return answer(Response.ok(), library.open(SignedInPrincipal.of(security), id(id)), uri);
    }

    /** "Save": overwrites the settings of the version read. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response overwrite(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              String body, @Context SecurityContext security, @Context UriInfo uri) {
        JsonBody json = JsonBody.of(body, SavedReportJson.SETTINGS);
        String name = json.text("name");
        Long bodyVersion = json.number("version");
        ReportDefinition definition = SavedReportJson.definition(json);
        long version = expectedVersion(ifMatch, bodyVersion);
        SavedReport saved = library.overwrite(SignedInPrincipal.of(security), id(id), name, definition, version);
        return answer(Response.ok(), saved, uri);
    }

    /** "Save as": a copy under a new name, in the caller's own library. */
    @POST
    @Path("/{id}/copies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveAs(@PathParam("id") String id, String body, @Context SecurityContext security,
                           @Context UriInfo uri) {
        JsonBody json = JsonBody.of(body, JsonBody.fields("name"));
        String name = json.text("name");
        json.complete();
        SavedReport copy = library.saveAs(SignedInPrincipal.of(security), id(id), name);
        return answer(Response.created(link(uri, copy)), copy, uri);
    }

    @PUT
    @Path("/{id}/published")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("id") String id, String body, @Context SecurityContext security,
                            @Context UriInfo uri) {
        JsonBody json = JsonBody.of(body, JsonBody.fields("published"));
        Boolean published = json.bool("published");
        json.complete();
        return answer(Response.ok(), library.publish(SignedInPrincipal.of(security), id(id), published), uri);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        library.delete(SignedInPrincipal.of(security), id(id));
        return Response.noContent().build();
    }

    /** The report of the saved settings, now: JSON or CSV exactly like the on-demand report. */
    @GET
    @Path("/{id}/report")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", MediaType.WILDCARD})
    public Response report(@PathParam("id") String id, @QueryParam("format") String format,
                           @Context HttpHeaders headers, @Context SecurityContext security, @Context UriInfo uri) {
        // The settings are the saved ones: a timeZone or range here would be silently ignored.
        QueryParameters.only(uri.getQueryParameters(), Set.of("format"));
        SignedInUser user = SignedInPrincipal.of(security);
        boolean csv = ReportOutput.wantsCsv(format, headers.getAcceptableMediaTypes());
        return delivery.deliver(() -> library.generate(user, id(id)), csv);
    }

    private Response answer(Response.ResponseBuilder response, SavedReport report, UriInfo uri) {
        return response.tag(new EntityTag(String.valueOf(report.version())))
                .entity(SavedReportJson.of(report, link(uri, report)).toString())
                .type(MediaType.APPLICATION_JSON).build();
    }

    private URI link(UriInfo uri, SavedReport report) {
        URI base = publicUrl.map(URI::create).orElse(uri.getBaseUri());
        return URI.create(base.toString().replaceAll("/+$", "") + "/api/v1/saved-reports/" + report.id());
    }

    private static long expectedVersion(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            long version;
            try {
                version = Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
            } catch (NumberFormatException e) {
                throw new ProblemException(Problem.ofParameter(HttpHeaders.IF_MATCH, "If-Match is the ETag of the"
                        + " version you read, such as \"3\"; not " + ifMatch + "."));
            }
            if (bodyVersion != null && bodyVersion != version) {
                throw new ProblemException(Problem.ofParameter(HttpHeaders.IF_MATCH, "If-Match says version " + version
                        + " and the body says " + bodyVersion + "; send the one you read, once."));
            }
            return version;
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw new ProblemException(new Problem(428, "Precondition Required", "Say which version you are"
                + " changing: send its ETag as If-Match, or its version in the body, so that nobody's changes are"
                + " lost.", null, List.of()));
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "There is no saved report " + id + "."));
        }
    }
}
