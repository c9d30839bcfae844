package loginlogout.web.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import loginlogout.domain.access.Permission;
import loginlogout.domain.access.UserAccount;
import loginlogout.domain.access.UserAdministration;
import loginlogout.domain.event.UserAttributes;
import loginlogout.web.json.JsonBody;
import loginlogout.web.json.Paging;
import loginlogout.web.json.QueryParameters;
import loginlogout.web.security.SignedInPrincipal;

/** The users: the agents whose logins are reported and the people who sign in are one list. */
@Path("/api/v1/users")
@ApplicationScoped
@RolesAllowed(Permission.Names.USERS_EDIT)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    private final UserAdministration administration;

    @Inject
    UsersResource(UserAdministration administration) {
        this.administration = administration;
    }

    @GET
    public String list(@QueryParam("offset") @DefaultValue("0") String offset,
                       @QueryParam("limit") @DefaultValue("50") String limit, @Context UriInfo uri) {
        QueryParameters.only(uri.getQueryParameters(), Set.of("offset", "limit"));
        Paging paging = Paging.of(offset, limit);
        UserAdministration.UserPage page = administration.users(paging.offset(), paging.limit());
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.users().forEach(u -> items.add(UserJson.user(u)));
        return paging.page(items, page.total()).toString();
    }

    @GET
    @Path("/{username}")
    public String get(@PathParam("username") String username, @Context UriInfo uri) {
        QueryParameters.only(uri.getQueryParameters(), Set.of());
        return UserJson.user(administration.user(username)).toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context UriInfo uri, @Context SecurityContext security) {
        JsonBody json = JsonBody.of(body, JsonBody.fields("username", "firstName", "lastName", "routingProfile",
                "hierarchy", "password", "profiles"));
        String username = json.text("username");
        UserAttributes attributes = attributes(json);
        String password = json.text("password");
        List<String> profiles = json.has("profiles") ? json.texts("profiles") : List.of("Agent");
        json.complete();
        UserAccount created = administration.createUser(SignedInPrincipal.of(security), username, attributes, password,
                new HashSet<>(profiles));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(UserJson.user(created).toString()).type(MediaType.APPLICATION_JSON).build();
    }

    /** Names, routing profile and hierarchy. */
    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("username") String username, String body, @Context SecurityContext security) {
        JsonBody json = JsonBody.of(body, JsonBody.fields("firstName", "lastName", "routingProfile", "hierarchy"));
        UserAttributes attributes = attributes(json);
        json.complete();
        return UserJson.user(administration.updateAttributes(SignedInPrincipal.of(security), username, attributes)).toString();
    }

    @PUT
    @Path("/{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setPassword(@PathParam("username") String username, String body,
                                @Context SecurityContext security) {
        JsonBody json = JsonBody.of(body, JsonBody.fields("password"));
        String password = json.text("password");
        json.complete();
        administration.setPassword(SignedInPrincipal.of(security), username, password);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{username}/profiles")
    @Consumes(MediaType.APPLICATION_JSON)
    public String setProfiles(@PathParam("username") String username, String body,
                              @Context SecurityContext security) {
        JsonBody json = JsonBody.of(body, JsonBody.fields("profiles"));
        List<String> profiles = json.texts("profiles");
        json.complete();
        return UserJson.user(administration.setProfiles(SignedInPrincipal.of(security), username, new HashSet<>(profiles))).toString();
    }

    @PUT
    @Path("/{username}/disabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public String setDisabled(@PathParam("username") String username, String body,
                              @Context SecurityContext security) {
        JsonBody json = JsonBody.of(body, JsonBody.fields("disabled"));
        Boolean disabled = json.bool("disabled");
        json.complete();
        return UserJson.user(administration.setDisabled(SignedInPrincipal.of(security), username, disabled)).toString();
    }

    private static UserAttributes attributes(JsonBody json) {
        List<String> hierarchy = json.texts("hierarchy");
        if (hierarchy.size() > UserAttributes.MAX_HIERARCHY_LEVELS) {
            json.error("hierarchy", "has at most " + UserAttributes.MAX_HIERARCHY_LEVELS + " levels");
            hierarchy = List.of();
        }
        return new UserAttributes(json.text("firstName"), json.text("lastName"), json.text("routingProfile"), hierarchy);
    }
}
