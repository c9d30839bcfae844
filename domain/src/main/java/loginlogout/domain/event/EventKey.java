package loginlogout.domain.event;

import java.time.Instant;

/** User, type and exact time: the identity by which a redelivered event without a source id is recognised. */
public record EventKey(String username, EventType type, Instant time) {
}
