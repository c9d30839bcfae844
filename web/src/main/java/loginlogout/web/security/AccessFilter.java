package loginlogout.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import loginlogout.domain.access.Authenticator;
import loginlogout.domain.access.Permission;
import loginlogout.domain.access.SignedInUser;
import loginlogout.web.json.TextRule;
import loginlogout.web.problems.Problem;

/**
 * The one place that decides who may do what: every {@code /api} request signs in with HTTP Basic, and
 * then needs one of the permissions its resource method (or class) names in {@code @RolesAllowed}.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"Login/Logout reports\", charset=\"UTF-8\"";

    @Context
    private ResourceInfo resource;

    private Authenticator authenticator;

    protected AccessFilter() {
    }

    @Inject
    AccessFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("api")) {
            return;
        }
        // No name here holds a control character, and PostgreSQL refuses a NUL in a query outright.
        if (request.getUriInfo().getPath().chars().anyMatch(Character::isISOControl)) {
            request.abortWith(new Problem(400, "Bad Request", "The address holds a control character (such as"
                    + " %00); no user, profile or export has one in its name.", null, List.of()).toResponse());
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String[] credentials = basicCredentials(header);
        if (credentials != null && TextRule.problemWith(credentials[0]) != null) {
            request.abortWith(unauthorized("The username or password is wrong, or the user is disabled or has no"
                    + " password yet."));
            return;
        }
        if (credentials == null) {
            request.abortWith(unauthorized(header == null
                    ? "This address needs credentials: send HTTP Basic authorization (curl -u username:password)."
                    : "The Authorization header is not HTTP Basic: send 'Basic ' and the Base64 of"
                            + " username:password (curl -u username:password)."));
            return;
        }
        switch (authenticator.signIn(credentials[0], credentials[1])) {
            case Authenticator.Refused refused -> request.abortWith(unauthorized("The username or password is wrong,"
                    + " or the user is disabled or has no password yet."));
            case Authenticator.Throttled throttled -> {
                long seconds = (throttled.retryAfter().toMillis() + 999) / 1000;
                request.abortWith(Response.fromResponse(new Problem(429, "Too Many Requests", "Too many failed"
                                + " sign-ins for this user; try again in " + seconds + " s.", null, List.of()).toResponse())
                        .header(HttpHeaders.RETRY_AFTER, seconds).build());
            }
            case Authenticator.Accepted accepted -> {
                request.setSecurityContext(context(accepted.user(), request.getSecurityContext().isSecure()));
                String[] needed = neededPermissions();
                if (needed != null && Arrays.stream(needed).noneMatch(p -> Permission.byApiName(p)
                        .map(accepted.user()::may).orElse(false))) {
                    request.abortWith(Problem.of(Response.Status.FORBIDDEN, "This needs the permission "
                            + String.join(" or ", needed) + ", which your security profiles do not grant.")
                            .toResponse());
                }
            }
        }
    }

    private String[] neededPermissions() {
        RolesAllowed onMethod = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        RolesAllowed onClass = resource.getResourceClass() == null ? null
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        RolesAllowed rule = onMethod != null ? onMethod : onClass;
        return rule == null ? null : rule.value();
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    /** The username and password of a Basic authorization header, or null. */
    private static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static SecurityContext context(SignedInUser user, boolean secure) {
        SignedInPrincipal principal = new SignedInPrincipal(user);
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String permission) {
                return Permission.byApiName(permission).map(user::may).orElse(false);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }
}
