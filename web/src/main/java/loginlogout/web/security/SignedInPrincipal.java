package loginlogout.web.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import loginlogout.domain.access.SignedInUser;

/** The signed-in user as JAX-RS sees them. */
public record SignedInPrincipal(SignedInUser user) implements Principal {

    @Override
    public String getName() {
        return user.username();
    }

    /** The user who made this request; every /api request has one, the access filter sees to it. */
    public static SignedInUser of(SecurityContext security) {
        return ((SignedInPrincipal) security.getUserPrincipal()).user();
    }
}
