package loginlogout.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import loginlogout.domain.schedule.ExportRun;
import loginlogout.domain.schedule.ExportRunStore;
import loginlogout.domain.schedule.RunTrigger;

/**
 * The run history of table {@code export_run}. A claim is an insert under the unique key (export, slot,
 * attempt): when another instance inserts the same attempt first, this insert fails, the unit of work
 * runs the claim again, and it then finds the other's row.
 */
@ApplicationScoped
public class JpaExportRunStore implements ExportRunStore {

    private final EntityManager em;

    @Inject
    JpaExportRunStore(ReportsPersistenceContext context) {
        this.em = context.entityManager();
    }

    @Override
    public Optional<ExportRun> claim(String exportId, Instant slot, int attempt, RunTrigger trigger, Instant now) {
        boolean taken = !em.createQuery("SELECT r.id FROM ExportRunEntity r WHERE r.exportId = :export"
                        + " AND r.slot = :slot AND r.attempt = :attempt", Long.class)
                .setParameter("export", exportId).setParameter("slot", EpochNanos.of(slot))
                .setParameter("attempt", attempt).getResultList().isEmpty();
        if (taken) {
            return Optional.empty();
        }
        ExportRunEntity entity = new ExportRunEntity(exportId, slot, attempt, trigger, now);
        em.persist(entity);
        em.flush();
        return Optional.of(entity.toExportRun());
    }

    @Override
    public void finish(ExportRun run) {
        ExportRunEntity entity = em.find(ExportRunEntity.class, run.id());
        // Gone when its schedule was deleted while it ran: there is no history left to record it in.
        if (entity != null) {
            entity.finish(run);
            em.flush();
        }
    }

    @Override
    public List<ExportRun> latestAttemptsAfter(String exportId, Instant after) {
        return em.createQuery("SELECT r FROM ExportRunEntity r WHERE r.exportId = :export AND r.slot > :after"
                        + " AND r.attempt = (SELECT MAX(o.attempt) FROM ExportRunEntity o"
                        + " WHERE o.exportId = r.exportId AND o.slot = r.slot) ORDER BY r.slot", ExportRunEntity.class)
                .setParameter("export", exportId).setParameter("after", EpochNanos.of(after))
                .getResultList().stream().map(ExportRunEntity::toExportRun).toList();
    }

    @Override
    public Optional<ExportRun> latestAttempt(String exportId, Instant slot) {
        return em.createQuery("SELECT r FROM ExportRunEntity r WHERE r.exportId = :export AND r.slot = :slot"
                        + " ORDER BY r.attempt DESC", ExportRunEntity.class)
                .setParameter("export", exportId).setParameter("slot", EpochNanos.of(slot)).setMaxResults(1)
                .getResultList().stream().map(ExportRunEntity::toExportRun).findFirst();
    }

    @Override
    public Optional<Instant> latestSlotAtOrBefore(String exportId, Instant instant) {
        Long slot = em.createQuery("SELECT MAX(r.slot) FROM ExportRunEntity r WHERE r.exportId = :export"
                        + " AND r.slot <= :at", Long.class)
                .setParameter("export", exportId).setParameter("at", EpochNanos.of(instant)).getSingleResult();
        return Optional.ofNullable(EpochNanos.toInstant(slot));
    }

    @Override
    public List<ExportRun> newestFirst(String exportId, int offset, int limit) {
        return em.createQuery("SELECT r FROM ExportRunEntity r WHERE r.exportId = :export"
                        + " ORDER BY r.started DESC, r.id DESC", ExportRunEntity.class)
                .setParameter("export", exportId).setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(ExportRunEntity::toExportRun).toList();
    }

    @Override
    public long count(String exportId) {
        return em.createQuery("SELECT COUNT(r) FROM ExportRunEntity r WHERE r.exportId = :export", Long.class)
                .setParameter("export", exportId).getSingleResult();
    }

    /** Written at the transaction's commit, with the removal of the schedule (see JpaScheduleStore#delete). */
    @Override
    public void deleteAll(String exportId) {
        em.createQuery("SELECT r FROM ExportRunEntity r WHERE r.exportId = :export", ExportRunEntity.class)
                .setParameter("export", exportId).getResultList().forEach(em::remove);
    }
}
