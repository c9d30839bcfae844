package loginlogout.domain.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One login or logout of a user, as a source reported it.
 *
 * @param sourceId the id the source gave the event, or null when it gave none
 * @param username the user's login
 * @param agentId  the source's own id of the user (Amazon Connect's agent id), or null
 * @param type     login or logout
 * @param time     when it happened, exactly as received
 * @param snapshot the user's attributes at that time, or null when the event carries none
 */
public record AgentEvent(String sourceId, String username, String agentId, EventType type, Instant time,
                         UserAttributes snapshot) {

    public AgentEvent {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        if (!SupportedPeriod.contains(time)) {
            throw new IllegalArgumentException("an event's time is " + SupportedPeriod.DESCRIPTION + ": " + time);
        }
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
    }

    /** The identity by value: two events with the same user, type and time are one event delivered twice. */
    public EventKey key() {
        return new EventKey(username, type, time);
    }
}
