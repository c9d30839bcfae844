package loginlogout.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import loginlogout.domain.access.SecurityProfile;
import loginlogout.domain.access.SecurityProfileStore;

/** The profiles of table {@code security_profile}. */
@ApplicationScoped
public class JpaSecurityProfileStore implements SecurityProfileStore {

    private final EntityManager em;

    @Inject
    JpaSecurityProfileStore(ReportsPersistenceContext context) {
        this.em = context.entityManager();
    }

    @Override
    public Optional<SecurityProfile> find(String name) {
        return Optional.ofNullable(em.find(SecurityProfileEntity.class, name)).map(SecurityProfileEntity::toProfile);
    }

    @Override
    public List<SecurityProfile> list() {
        return em.createQuery("SELECT p FROM SecurityProfileEntity p ORDER BY p.name", SecurityProfileEntity.class)
                .getResultList().stream().map(SecurityProfileEntity::toProfile).toList();
    }

    @Override
    public void save(SecurityProfile profile) {
        SecurityProfileEntity entity = em.find(SecurityProfileEntity.class, profile.name());
        if (entity == null) {
            entity = SecurityProfileEntity.named(profile.name());
            entity.update(profile);
            em.persist(entity);
        } else {
            entity.update(profile);
        }
    }

    @Override
    public void delete(String name) {
        SecurityProfileEntity entity = em.find(SecurityProfileEntity.class, name);
        if (entity != null) {
            em.remove(entity);
        }
    }
}
