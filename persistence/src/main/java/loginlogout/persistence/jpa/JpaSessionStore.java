package loginlogout.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import loginlogout.domain.event.EventRef;
import loginlogout.domain.report.TimeRange;
import loginlogout.domain.session.Session;
import loginlogout.domain.session.SessionStore;

/** The sessions in table {@code login_session}. */
@ApplicationScoped
public class JpaSessionStore implements SessionStore {

    private final EntityManager em;

    @Inject
    JpaSessionStore(ReportsPersistenceContext context) {
        this.em = context.entityManager();
    }

    // One lookup per end on its unique index: with an OR of the two columns the database scans the table.
    @Override
    public Map<EventRef, Session> containing(Collection<EventRef> events) {
        Map<Long, EventRef> bySequence = new HashMap<>();
        events.forEach(ref -> bySequence.put(ref.sequence(), ref));
        Map<EventRef, Session> found = new HashMap<>();
        for (List<Long> chunk : InClause.chunks(bySequence.keySet())) {
            for (String end : new String[] {"loginEventId", "logoutEventId"}) {
                em.createQuery("SELECT s FROM SessionEntity s WHERE s." + end + " IN :events", SessionEntity.class)
                        .setParameter("events", chunk).getResultList().stream().map(SessionEntity::toSession)
                        .forEach(session -> Stream.of(session.login(), session.logout()).filter(Objects::nonNull)
                                .map(ref -> bySequence.get(ref.sequence())).filter(Objects::nonNull)
                                .forEach(ref -> found.put(ref, session)));
            }
        }
        return found;
    }

    @Override
    public void replace(Collection<EventRef> events, List<Session> derived) {
        for (List<Long> chunk : InClause.chunks(events.stream().map(EventRef::sequence).toList())) {
            for (String end : new String[] {"loginEventId", "logoutEventId"}) {
                em.createQuery("DELETE FROM SessionEntity s WHERE s." + end + " IN :events")
                        .setParameter("events", chunk).executeUpdate();
            }
        }
        derived.forEach(session -> em.persist(SessionEntity.of(session)));
        // The last step for these users: write it out and let go of their entities. Otherwise every later
        // query of the batch flushes a persistence context that keeps growing, and a batch of n users
        // takes n² time.
        em.flush();
        em.clear();
    }

    /**
     * Two range reads, each on its own index: the logins in the range, and the logouts in it whose login
     * is not (before the range, or unknown). Together they are each such session once.
     */
    @Override
    public List<Session> withLoginOrLogoutIn(TimeRange range) {
        Long start = EpochNanos.of(range.start());
        Long end = EpochNanos.of(range.end());
        List<Session> sessions = new ArrayList<>();
        em.createQuery("SELECT s FROM SessionEntity s WHERE s.loginTime >= :start AND s.loginTime < :end",
                        SessionEntity.class)
                .setParameter("start", start).setParameter("end", end)
                .getResultList().stream().forEach(s -> sessions.add(s.toSession()));
        em.createQuery("SELECT s FROM SessionEntity s WHERE s.logoutTime >= :start AND s.logoutTime < :end"
                        + " AND (s.loginTime IS NULL OR s.loginTime < :start)", SessionEntity.class)
                .setParameter("start", start).setParameter("end", end)
                .getResultList().stream().forEach(s -> sessions.add(s.toSession()));
        return sessions;
    }
}
