package loginlogout.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades the schema with the versioned migrations in {@code db/migration} before anything
 * else uses the database, so a database written by one version opens in the next.
 */
@ApplicationScoped
public class SchemaMigration {

    private final DataSource dataSource;

    @Inject
    SchemaMigration(@Named("reports") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void migrateAtStart(@Observes @Priority(0) @Initialized(ApplicationScoped.class) Object start) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }
}
