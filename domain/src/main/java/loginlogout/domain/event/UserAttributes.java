package loginlogout.domain.event;

import java.util.List;
import java.util.Objects;

/**
 * What a report shows about a user besides the login: names, routing profile and the agent hierarchy
 * path (level 1 first). Any value may be absent ({@code null}); the hierarchy is never null.
 */
public record UserAttributes(String firstName, String lastName, String routingProfile, List<String> hierarchy) {

    public static final int MAX_HIERARCHY_LEVELS = 5;
    public static final UserAttributes NONE = new UserAttributes(null, null, null, List.of());

    public UserAttributes {
        hierarchy = List.copyOf(Objects.requireNonNull(hierarchy, "hierarchy"));
        if (hierarchy.size() > MAX_HIERARCHY_LEVELS) {
            throw new IllegalArgumentException("an agent hierarchy has at most " + MAX_HIERARCHY_LEVELS
                    + " levels, got " + hierarchy.size());
        }
    }

    /** The hierarchy as the report shows it: the levels joined by {@code " / "}, or null when there is none. */
    public String hierarchyPath() {
        return hierarchy.isEmpty() ? null : String.join(" / ", hierarchy);
    }
}
