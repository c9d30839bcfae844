package loginlogout.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import loginlogout.domain.schedule.ConfiguredExportStore;

/**
 * Table {@code configured_export}. Two instances that see a new export at once collide on its name; the
 * unit of work runs the loser again, which then finds the winner's row.
 */
@ApplicationScoped
public class JpaConfiguredExportStore implements ConfiguredExportStore {

    private final EntityManager em;

    @Inject
    JpaConfiguredExportStore(ReportsPersistenceContext context) {
        this.em = context.entityManager();
    }

    @Override
    public Instant since(String name, String definition, Instant now) {
        ConfiguredExportEntity entity = em.find(ConfiguredExportEntity.class, name);
        if (entity == null) {
            entity = new ConfiguredExportEntity(name, definition, now);
            em.persist(entity);
            em.flush();
        } else if (!entity.hasDefinition(definition)) {
            entity.define(definition, now);
            em.flush();
        }
        return entity.since();
    }
}
