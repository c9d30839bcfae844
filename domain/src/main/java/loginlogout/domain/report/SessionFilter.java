package loginlogout.domain.report;

import java.util.Objects;
import java.util.Set;
import loginlogout.domain.session.Session;

/**
 * Which sessions a report keeps: by agent (username), routing profile, and agent hierarchy group, where
 * a group at any level selects everything under it. Values of one filter are OR-ed, filters are AND-ed,
 * names match exactly; an empty filter keeps everything.
 */
public record SessionFilter(Set<String> agents, Set<String> routingProfiles, Set<String> hierarchyGroups) {

    public static final SessionFilter NONE = new SessionFilter(Set.of(), Set.of(), Set.of());

    public SessionFilter {
        agents = Set.copyOf(Objects.requireNonNull(agents, "agents"));
        routingProfiles = Set.copyOf(Objects.requireNonNull(routingProfiles, "routingProfiles"));
        hierarchyGroups = Set.copyOf(Objects.requireNonNull(hierarchyGroups, "hierarchyGroups"));
    }

    public boolean keeps(Session session) {
        return (agents.isEmpty() || agents.contains(session.username()))
                && (routingProfiles.isEmpty() || (session.attributes().routingProfile() != null
                        && routingProfiles.contains(session.attributes().routingProfile())))
                && (hierarchyGroups.isEmpty()
                        || session.attributes().hierarchy().stream().anyMatch(hierarchyGroups::contains));
    }
}
