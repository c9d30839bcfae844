package loginlogout.domain.session;

import java.util.ArrayList;
import java.util.List;
import loginlogout.domain.event.EventType;
import loginlogout.domain.event.StoredEvent;
import loginlogout.domain.event.UserAttributes;

/**
 * The session rule: a login opens a session and the user's next logout closes it. A login while a
 * session is open ends that one with an unknown end, because closing the agent's window does not log
 * them out and yesterday must not become a 24-hour session. A logout with no open session is kept as a
 * session whose login is unknown.
 */
public final class SessionDerivation {

    private SessionDerivation() {
    }

    /**
     * Derives the sessions of one user's events.
     *
     * @param events          the user's events, in time order ({@link StoredEvent#IN_TIME_ORDER}), starting
     *                        where no session is open
     * @param storedAttributes the user's stored attributes, for sessions whose event carries no snapshot
     */
    public static List<Session> derive(List<StoredEvent> events, UserAttributes storedAttributes) {
        List<Session> sessions = new ArrayList<>();
        StoredEvent open = null;
        for (StoredEvent event : events) {
            if (event.type() == EventType.LOGIN) {
                if (open != null) {
                    sessions.add(session(open, null, storedAttributes));
                }
                open = event;
            } else {
                sessions.add(session(open, event, storedAttributes));
                open = null;
            }
        }
        if (open != null) {
            sessions.add(session(open, null, storedAttributes));
        }
        return sessions;
    }

    private static Session session(StoredEvent login, StoredEvent logout, UserAttributes storedAttributes) {
        StoredEvent defining = login != null ? login : logout;
        UserAttributes snapshot = defining.event().snapshot();
        return new Session(defining.event().username(),
                login == null ? null : login.ref(),
                logout == null ? null : logout.ref(),
                snapshot != null ? snapshot : storedAttributes);
    }
}
