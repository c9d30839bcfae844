package loginlogout.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import loginlogout.domain.schedule.ReportSchedule;
import loginlogout.domain.schedule.ScheduleStore;

/** The schedules of table {@code report_schedule}. */
@ApplicationScoped
public class JpaScheduleStore implements ScheduleStore {

    private final EntityManager em;

    @Inject
    JpaScheduleStore(ReportsPersistenceContext context) {
        this.em = context.entityManager();
    }

    @Override
    public Optional<ReportSchedule> find(long reportId) {
        return Optional.ofNullable(em.find(ReportScheduleEntity.class, reportId))
                .map(ReportScheduleEntity::toReportSchedule);
    }

    @Override
    public void put(ReportSchedule schedule, String stem) {
        ReportScheduleEntity entity = em.find(ReportScheduleEntity.class, schedule.reportId());
        if (entity == null) {
            entity = new ReportScheduleEntity(schedule.reportId());
            entity.update(schedule, stem);
            em.persist(entity);
        } else {
            entity.update(schedule, stem);
        }
        em.flush();
    }

    @Override
    public Optional<Long> reportWithStem(String stem) {
        return em.createQuery("SELECT s.reportId FROM ReportScheduleEntity s WHERE s.stem = :stem", Long.class)
                .setParameter("stem", stem).getResultList().stream().findFirst();
    }

    /** Written with the rest of the transaction at its commit, not flushed here. */
    @Override
    public void delete(long reportId) {
        ReportScheduleEntity entity = em.find(ReportScheduleEntity.class, reportId);
        if (entity != null) {
            em.remove(entity);
        }
    }

    @Override
    public List<ReportSchedule> all() {
        return em.createQuery("SELECT s FROM ReportScheduleEntity s ORDER BY s.reportId", ReportScheduleEntity.class)
                .getResultList().stream().map(ReportScheduleEntity::toReportSchedule).toList();
    }
}
