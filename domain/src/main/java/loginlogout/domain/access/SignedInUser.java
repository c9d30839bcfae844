package loginlogout.domain.access;

import java.util.Objects;
import java.util.Set;

/** Who made a request, and what their profiles allow. */
public record SignedInUser(String username, Set<Permission> permissions) {

    public SignedInUser {
        Objects.requireNonNull(username, "username");
        permissions = Set.copyOf(permissions);
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }
}
