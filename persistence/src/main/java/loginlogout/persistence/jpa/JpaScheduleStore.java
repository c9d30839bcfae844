package loginlogout.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import loginlogout.domain.schedule.ReportSchedule;
import loginlogout.domain.schedule.ScheduleStore;

/** The schedules of table {@code report_schedule}. */
@ApplicationScoped
public class JpaScheduleStore implements ScheduleStore {

    @PersistenceContext(unitName = "reports")
    private EntityManager em;

    @Override
    public Optional<ReportSchedule> find(long reportId) {
        return Optional.ofNullable(em.find(ReportScheduleEntity.class, reportId))
                .map(ReportScheduleEntity::toReportSchedule);
    }

    @Override
    public void put(ReportSchedule schedule) {
        ReportScheduleEntity entity = em.find(ReportScheduleEntity.class, schedule.reportId());
        if (entity == null) {
            entity = new ReportScheduleEntity(schedule.reportId());
            entity.update(schedule);
            em.persist(entity);
        } else {
            entity.update(schedule);
        }
        em.flush();
    }

    @Override
    public void delete(long reportId) {
        // A bulk delete runs at once, before the report's own deletion is flushed.
        em.createQuery("DELETE FROM ReportScheduleEntity s WHERE s.reportId = :id")
                .setParameter("id", reportId).executeUpdate();
    }

    @Override
    public List<ReportSchedule> all() {
        return em.createQuery("SELECT s FROM ReportScheduleEntity s ORDER BY s.reportId", ReportScheduleEntity.class)
                .getResultList().stream().map(ReportScheduleEntity::toReportSchedule).toList();
    }
}
