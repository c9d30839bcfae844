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
     * is not (before the range, or unknown). Together they are each such session once. Read as columns,
     * not entities: building, registering and copying up to a report's 10,000 entities took most of its time.
     */
    @Override
    public List<Session> withLoginOrLogoutIn(TimeRange range) {
        Long start = EpochNanos.of(range.start());
        Long end = EpochNanos.of(range.end());
        List<Session> sessions = new ArrayList<>();
        for (String which : new String[] {"s.loginTime >= :start AND s.loginTime < :end",
            "s.logoutTime >= :start AND s.logoutTime < :end AND (s.loginTime IS NULL OR s.loginTime < :start)"}) {
            em.createQuery(COLUMNS + which, Object[].class).setParameter("start", start).setParameter("end", end)
                    .getResultList().forEach(row -> sessions.add(session(row)));
        }
        return sessions;
    }

    private static final String COLUMNS = "SELECT s.username, s.loginEventId, s.loginTime, s.logoutEventId,"
            + " s.logoutTime, s.attributes.firstName, s.attributes.lastName, s.attributes.routingProfile,"
            + " s.attributes.hierarchy1, s.attributes.hierarchy2, s.attributes.hierarchy3, s.attributes.hierarchy4,"
            + " s.attributes.hierarchy5 FROM SessionEntity s WHERE ";

    private static Session session(Object[] row) {
        return new Session((String) row[0], ref(row[1], row[2]), ref(row[3], row[4]),
                AttributeColumns.attributesOf((String) row[5], (String) row[6], (String) row[7], (String) row[8],
                        (String) row[9], (String) row[10], (String) row[11], (String) row[12]));
    }

    private static EventRef ref(Object eventId, Object time) {
        return eventId == null ? null : new EventRef((Long) eventId, EpochNanos.toInstant((Long) time));
    }
}
