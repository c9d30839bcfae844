package loginlogout.domain.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A named set of permissions; a user has one or more. */
public record SecurityProfile(String name, Set<Permission> permissions, boolean builtIn) {

    public static final SecurityProfile ADMIN =
            new SecurityProfile("Admin", EnumSet.allOf(Permission.class), true);
    public static final SecurityProfile CALL_CENTER_MANAGER = new SecurityProfile("CallCenterManager",
            EnumSet.of(Permission.AGENT_TIME_CARD_VIEW, Permission.AGENT_TIME_CARD_EDIT), true);
    public static final SecurityProfile AGENT = new SecurityProfile("Agent", EnumSet.noneOf(Permission.class), true);
    public static final List<SecurityProfile> BUILT_IN = List.of(ADMIN, CALL_CENTER_MANAGER, AGENT);

    public SecurityProfile {
        name = Names.checked("name", name);
        permissions = Set.copyOf(Objects.requireNonNull(permissions, "permissions"));
    }

    /** Whether the profile lets its holders manage users and profiles: the ones that must never all go. */
    public boolean administers() {
        return permissions.contains(Permission.USERS_EDIT) && permissions.contains(Permission.SECURITY_PROFILES_EDIT);
    }
}
