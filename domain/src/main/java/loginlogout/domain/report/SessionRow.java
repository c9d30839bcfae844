package loginlogout.domain.report;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import loginlogout.domain.event.UserAttributes;
import loginlogout.domain.session.Session;

/**
 * One row of a report: a session as the report's range shows it. Times are truncated to whole seconds;
 * a time the range does not show is null.
 */
public record SessionRow(String userLogin, UserAttributes attributes, Instant loginTime, Instant logoutTime) {

    /** By username, then by the first time shown, then by the logout (none first). Written out: it sorts 10,000 rows. */
    public static final Comparator<SessionRow> REPORT_ORDER = (a, b) -> {
        int byUser = a.userLogin.compareTo(b.userLogin);
        if (byUser != 0) {
            return byUser;
        }
        int byFirstShown = a.firstShownTime().compareTo(b.firstShownTime());
        if (byFirstShown != 0 || a.logoutTime == b.logoutTime) {
            return byFirstShown;
        }
        return a.logoutTime == null ? -1 : b.logoutTime == null ? 1 : a.logoutTime.compareTo(b.logoutTime);
    };

    public SessionRow {
        Objects.requireNonNull(userLogin, "userLogin");
        Objects.requireNonNull(attributes, "attributes");
        if (loginTime == null && logoutTime == null) {
            throw new IllegalArgumentException("a row shows a login time, a logout time or both");
        }
    }

    /**
     * The row this session is in the range, if any. A session is a row when its login is in the range
     * (its logout shown only if also in it), or when its logout is in the range: then its earlier login is
     * shown too, so that the duration of the session that ended is visible. A session that merely spans
     * the range is no row.
     */
    public static Optional<SessionRow> of(Session session, TimeRange range) {
        Instant login = session.login() == null ? null : session.login().time();
        Instant logout = session.logout() == null ? null : session.logout().time();
        boolean loginInRange = login != null && range.contains(login);
        boolean logoutInRange = logout != null && range.contains(logout);
        if (!loginInRange && !logoutInRange) {
            return Optional.empty();
        }
        return Optional.of(new SessionRow(session.username(), session.attributes(),
                seconds(login), logoutInRange ? seconds(logout) : null));
    }

    /** The difference of the two shown times, where both are shown. */
    public Optional<Duration> duration() {
        return loginTime == null || logoutTime == null
                ? Optional.empty()
                : Optional.of(Duration.between(loginTime, logoutTime));
    }

    private Instant firstShownTime() {
        return loginTime != null ? loginTime : logoutTime;
    }

    private static Instant seconds(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS);
    }
}
