package loginlogout.web.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import loginlogout.domain.access.Permission;
import loginlogout.domain.access.SecurityProfile;
import loginlogout.domain.access.UserAdministration;
import loginlogout.web.json.JsonBody;
import loginlogout.web.json.QueryParameters;
import loginlogout.web.security.SignedInPrincipal;

/** Security profiles: named sets of permissions. */
@Path("/api/v1/security-profiles")
@ApplicationScoped
@RolesAllowed(Permission.Names.SECURITY_PROFILES_EDIT)
@Produces(MediaType.APPLICATION_JSON)
public class SecurityProfilesResource {

    private final UserAdministration administration;

    @Inject
    SecurityProfilesResource(UserAdministration administration) {
        this.administration = administration;
    }

    @GET
    @RolesAllowed({Permission.Names.SECURITY_PROFILES_EDIT, Permission.Names.USERS_EDIT})
    public String list(@Context UriInfo uri) {
        QueryParameters.only(uri.getQueryParameters(), Set.of());
        JsonArrayBuilder items = Json.createArrayBuilder();
        administration.profiles().forEach(p -> items.add(UserJson.profile(p)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({Permission.Names.SECURITY_PROFILES_EDIT, Permission.Names.USERS_EDIT})
    public String get(@PathParam("name") String name, @Context UriInfo uri) {
        QueryParameters.only(uri.getQueryParameters(), Set.of());
        return UserJson.profile(administration.profile(name)).toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context UriInfo uri, @Context SecurityContext security) {
        JsonBody json = JsonBody.of(body, JsonBody.fields("name", "permissions"));
        String name = json.text("name");
        Set<Permission> permissions = permissions(json);
        json.complete();
        SecurityProfile created = administration.createProfile(SignedInPrincipal.of(security), name, permissions);
        return Response.created(uri.getAbsolutePathBuilder().path(created.name()).build())
                .entity(UserJson.profile(created).toString()).type(MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("name") String name, String body, @Context SecurityContext security) {
        JsonBody json = JsonBody.of(body, JsonBody.fields("permissions"));
        Set<Permission> permissions = permissions(json);
        json.complete();
        return UserJson.profile(administration.updateProfile(SignedInPrincipal.of(security), name, permissions)).toString();
    }

    @DELETE
    @Path("/{name}")
    public Response delete(@PathParam("name") String name, @Context SecurityContext security) {
        administration.deleteProfile(SignedInPrincipal.of(security), name);
        return Response.noContent().build();
    }

    private static Set<Permission> permissions(JsonBody json) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        List<String> names = json.texts("permissions");
        for (String name : names) {
            Optional<Permission> permission = Permission.byApiName(name);
            if (permission.isPresent()) {
                permissions.add(permission.get());
            } else {
                json.error("permissions", "'" + name + "' is not a permission; the permissions are "
                        + Arrays.stream(Permission.values()).map(Permission::apiName).toList());
            }
        }
        return permissions;
    }
}
