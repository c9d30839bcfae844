package loginlogout.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import loginlogout.domain.failure.InvalidSettingException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Creates and upgrades the schema with the versioned migrations in {@code db/migration} before anything
 * else uses the database, so a database written by one version opens in the next.
 */
@ApplicationScoped
public class SchemaMigration {

    private final String url;
    private final String user;
    private final String password;

    @Inject
    SchemaMigration(@ConfigProperty(name = "db.url") String url, @ConfigProperty(name = "db.user") String user,
                    @ConfigProperty(name = "db.password") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * On a connection of its own, closed when done: through the service's pooled JTA data source, the
     * migrations' table locks outlived them in the pool on H2, and the first delete that cascaded into a
     * new table waited for them until it timed out.
     */
    void migrateAtStart(@Observes @Priority(0) @Initialized(ApplicationScoped.class) Object start) {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            // Not repeated: a URL may hold a password.
            throw new InvalidSettingException("db.url is not a JDBC URL of H2 or PostgreSQL; give one such as"
                    + " jdbc:h2:file:./data/reports or jdbc:postgresql://host:5432/reports.");
        }
        try {
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            throw new InvalidSettingException("db.url, db.user, db.password: the database cannot be opened or"
                    + " migrated (" + firstLine(e) + "); db.url is a JDBC URL such as jdbc:h2:file:./data/reports or"
                    + " jdbc:postgresql://host:5432/reports.");
        }
    }

    /** The driver's own reason if there is one, else Flyway's, in one line. */
    private static String firstLine(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? failure.getMessage() : root.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
    }
}
