package loginlogout.domain.event;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** A stored event's place in its user's history: its time and arrival sequence. */
public record EventRef(long sequence, Instant time) implements Comparable<EventRef> {

    private static final Comparator<EventRef> ORDER =
            Comparator.comparing(EventRef::time).thenComparingLong(EventRef::sequence);

    public EventRef {
        Objects.requireNonNull(time, "time");
    }

    @Override
    public int compareTo(EventRef other) {
        return ORDER.compare(this, other);
    }
}
