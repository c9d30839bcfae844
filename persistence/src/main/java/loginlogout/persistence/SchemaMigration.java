package loginlogout.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

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
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
    }
}
