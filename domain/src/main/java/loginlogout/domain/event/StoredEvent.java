package loginlogout.domain.event;

import java.util.Comparator;
import java.util.Objects;

/**
 * An event as stored, with its arrival sequence. A user's events are in time order; events with the
 * same time keep the order in which they arrived, which is what the sequence records.
 */
public record StoredEvent(long sequence, AgentEvent event) {

    public static final Comparator<StoredEvent> IN_TIME_ORDER =
            Comparator.comparing((StoredEvent e) -> e.event().time()).thenComparingLong(StoredEvent::sequence);

    public StoredEvent {
        Objects.requireNonNull(event, "event");
    }

    public EventRef ref() {
        return new EventRef(sequence, event.time());
    }

    public EventType type() {
        return event.type();
    }
}
