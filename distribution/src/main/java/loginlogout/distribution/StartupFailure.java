package loginlogout.distribution;

import java.sql.SQLException;
import loginlogout.domain.failure.InvalidSettingException;

/** Why the service could not start, in one line that names the setting to fix. */
final class StartupFailure {

    private StartupFailure() {
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        boolean database = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSettingException setting) {
                return setting.getMessage();
            }
            database |= cause instanceof SQLException
                    || cause.getClass().getName().startsWith("com.zaxxer.hikari.");
            root = cause;
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (database) {
            return "db.url, db.user, db.password: the database cannot be opened (" + reason + "); db.url is a JDBC"
                    + " URL such as jdbc:h2:file:./data/reports or jdbc:postgresql://host:5432/reports.";
        }
        return reason;
    }
}
