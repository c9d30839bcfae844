package loginlogout.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import loginlogout.domain.failure.InvalidSettingException;
import org.junit.jupiter.api.Test;

/** A failed start is told in one line that names the setting to fix. */
class StartupFailureTest {

    @Test
    void aWrongSettingDeepInTheContainersExceptionIsToldByItsOwnMessage() {
        RuntimeException deployment = new IllegalStateException("WELD-000049: Unable to invoke observer",
                new RuntimeException("wrapped", new InvalidSettingException(
                        "export.check-interval=banana is not a duration; write one as PT1M, PT30S or P1D.")));
        assertEquals("export.check-interval=banana is not a duration; write one as PT1M, PT30S or P1D.",
                StartupFailure.describe(deployment));
    }

    @Test
    void aDatabaseThatCannotBeOpenedNamesTheDatabaseSettings() {
        RuntimeException pool = new RuntimeException("Failed to initialize pool",
                new SQLException("Connection to 127.0.0.1:9 refused"));
        assertEquals("db.url, db.user, db.password: the database cannot be opened (Connection to 127.0.0.1:9"
                + " refused); db.url is a JDBC URL such as jdbc:h2:file:./data/reports or"
                + " jdbc:postgresql://host:5432/reports.", StartupFailure.describe(pool));
    }

    @Test
    void anythingElseIsToldByItsDeepestReason() {
        assertEquals("Address already in use", StartupFailure.describe(new IllegalStateException("start failed",
                new java.net.BindException("Address already in use"))));
    }
}
