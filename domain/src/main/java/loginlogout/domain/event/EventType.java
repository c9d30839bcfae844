package loginlogout.domain.event;

/** The two kinds of event that open and close sessions; a source's other kinds never reach the domain. */
public enum EventType {
    LOGIN,
    LOGOUT
}
