package loginlogout.domain.session;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import loginlogout.domain.event.EventRef;
import loginlogout.domain.report.TimeRange;

/** The sessions derived from the stored events, kept up to date as events arrive. */
public interface SessionStore {

    /** The session that each of these stored events opens or closes, by event. */
    Map<EventRef, Session> containing(Collection<EventRef> events);

    /** Replaces the sessions made of any of these events with the newly derived ones. */
    void replace(Collection<EventRef> events, List<Session> derived);

    /**
     * The sessions with a login or a logout in the range: a superset of a report's rows, read by index,
     * never by scanning history.
     */
    List<Session> withLoginOrLogoutIn(TimeRange range);
}
