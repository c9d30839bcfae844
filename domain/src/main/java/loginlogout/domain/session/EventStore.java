package loginlogout.domain.session;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import loginlogout.domain.event.AgentEvent;
import loginlogout.domain.event.EventKey;
import loginlogout.domain.event.EventRef;
import loginlogout.domain.event.StoredEvent;

/** Every login and logout ever received, in arrival order. */
public interface EventStore {

    /** Which of these source ids are already stored. */
    Set<String> storedSourceIds(Collection<String> sourceIds);

    /** Which of these user, type and time triples of one user are already stored. */
    Set<EventKey> storedKeys(String username, Collection<Instant> times);

    /** The user's latest stored event at or before this time. */
    Optional<StoredEvent> lastAtOrBefore(String username, Instant time);

    /** The user's earliest stored event after this time. */
    Optional<StoredEvent> firstAfter(String username, Instant time);

    /** These stored events. */
    List<StoredEvent> byRef(Collection<EventRef> events);

    /** Stores the events; their sequences follow this list's order, after every stored event. */
    List<StoredEvent> append(List<AgentEvent> events);

    /**
     * The user's events from {@code from} to {@code to}, both included, in time order.
     * A null bound is the beginning or the end of the user's history.
     */
    List<StoredEvent> between(String username, EventRef from, EventRef to);
}
