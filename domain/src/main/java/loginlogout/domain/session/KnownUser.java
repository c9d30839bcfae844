package loginlogout.domain.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import loginlogout.domain.event.AgentEvent;
import loginlogout.domain.event.EventRef;
import loginlogout.domain.event.StoredEvent;
import loginlogout.domain.event.UserAttributes;

/**
 * A user whose events were received, with the attributes of their latest event that carried a snapshot.
 *
 * @param agentId           the source's id of the user (Amazon Connect's agent id), or null
 * @param attributesAsOf    the time of the event the attributes came from, or null when none did
 * @param latest            the user's latest stored event, or null before the first
 */
public record KnownUser(String username, String agentId, UserAttributes attributes, Instant attributesAsOf,
                        EventRef latest) {

    public KnownUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(attributes, "attributes");
    }

    public static KnownUser named(String username) {
        return new KnownUser(username, null, UserAttributes.NONE, null, null);
    }

    /** The user after this event: a newer snapshot replaces the attributes, an agent id is remembered. */
    public KnownUser seen(AgentEvent event) {
        String newAgentId = event.agentId() != null ? event.agentId() : agentId;
        boolean newer = event.snapshot() != null
                && (attributesAsOf == null || !event.time().isBefore(attributesAsOf));
        return newer
                ? new KnownUser(username, newAgentId, event.snapshot(), event.time(), latest)
                : new KnownUser(username, newAgentId, attributes, attributesAsOf, latest);
    }

    /** The user after these events were stored. */
    public KnownUser stored(List<StoredEvent> events) {
        EventRef newest = latest;
        for (StoredEvent event : events) {
            newest = newest == null || event.ref().compareTo(newest) > 0 ? event.ref() : newest;
        }
        return new KnownUser(username, agentId, attributes, attributesAsOf, newest);
    }

    /** Whether these times all come after every stored event of the user. */
    public boolean allAfterHistory(List<AgentEvent> events) {
        return latest == null || events.stream().allMatch(e -> e.time().isAfter(latest.time()));
    }
}
