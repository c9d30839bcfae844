package loginlogout.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import loginlogout.domain.report.ReportDefinition;
import loginlogout.domain.savedreport.SavedReport;
import loginlogout.domain.savedreport.SavedReportStore;

/** The saved reports of table {@code saved_report}, their filters in {@code saved_report_filter}. */
@ApplicationScoped
public class JpaSavedReportStore implements SavedReportStore {

    private final EntityManager em;

    @Inject
    JpaSavedReportStore(ReportsPersistenceContext context) {
        this.em = context.entityManager();
    }

    @Override
    public Optional<SavedReport> find(long id) {
        return Optional.ofNullable(em.find(SavedReportEntity.class, id)).map(SavedReportEntity::toSavedReport);
    }

    @Override
    public SavedReport insert(String owner, String name, ReportDefinition definition, boolean published, Instant now) {
        SavedReportEntity entity = SavedReportEntity.of(owner, EpochNanos.of(now));
        entity.update(name, definition, published, EpochNanos.of(now));
        em.persist(entity);
        em.flush();
        return entity.toSavedReport();
    }

    @Override
    public Optional<SavedReport> update(SavedReport changed, long expectedVersion) {
        // Locked, so that of two concurrent saves of one version exactly one wins.
        SavedReportEntity entity = em.find(SavedReportEntity.class, changed.id(), LockModeType.PESSIMISTIC_WRITE);
        if (entity == null || entity.version() != expectedVersion) {
            return Optional.empty();
        }
        entity.update(changed.name(), changed.definition(), changed.published(), EpochNanos.of(changed.updatedAt()));
        em.flush();
        return Optional.of(entity.toSavedReport());
    }

    @Override
    public void delete(long id) {
        SavedReportEntity entity = em.find(SavedReportEntity.class, id);
        if (entity != null) {
            em.remove(entity);
        }
    }

    @Override
    public boolean nameTaken(String owner, String name, long exceptId) {
        return em.createQuery("SELECT COUNT(r) FROM SavedReportEntity r WHERE r.owner = :owner AND r.name = :name"
                        + " AND r.id <> :except", Long.class)
                .setParameter("owner", owner).setParameter("name", name).setParameter("except", exceptId)
                .getSingleResult() > 0;
    }

    @Override
    public List<SavedReport> visibleTo(String username, int offset, int limit) {
        return em.createQuery("SELECT r FROM SavedReportEntity r WHERE r.owner = :user OR r.published = TRUE"
                        + " ORDER BY r.name, r.id", SavedReportEntity.class)
                .setParameter("user", username).setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(SavedReportEntity::toSavedReport).toList();
    }

    @Override
    public long countVisibleTo(String username) {
        return em.createQuery("SELECT COUNT(r) FROM SavedReportEntity r WHERE r.owner = :user OR r.published = TRUE",
                        Long.class).setParameter("user", username).getSingleResult();
    }
}
