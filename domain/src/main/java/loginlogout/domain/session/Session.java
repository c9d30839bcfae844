package loginlogout.domain.session;

import java.util.Objects;
import loginlogout.domain.event.EventRef;
import loginlogout.domain.event.UserAttributes;

/**
 * One session of a user: from a login to that user's next logout. Either end may be unknown (null):
 * a login followed by another login never gets a logout, and a logout with no open session has no login.
 */
public record Session(String username, EventRef login, EventRef logout, UserAttributes attributes) {

    public Session {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(attributes, "attributes");
        if (login == null && logout == null) {
            throw new IllegalArgumentException("a session has a login, a logout or both");
        }
        if (login != null && logout != null && logout.compareTo(login) < 0) {
            throw new IllegalArgumentException("a session's logout cannot come before its login");
        }
    }

    /** The earliest of the session's events; sessions of one user never overlap, so this orders them. */
    public EventRef firstEvent() {
        return login != null ? login : logout;
    }

    public EventRef lastEvent() {
        return logout != null ? logout : login;
    }
}
