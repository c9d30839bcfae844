package loginlogout.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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

    private static final String INSERT = "INSERT INTO login_session (id, username, login_event_id, login_time,"
            + " logout_event_id, logout_time, " + AttributeColumns.NAMES + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final BatchWriter writer;

    @Inject
    JpaSessionStore(ReportsPersistenceContext context) {
        this.em = context.entityManager();
        this.writer = new BatchWriter(em);
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
        try {
            for (List<Long> chunk : InClause.chunks(events.stream().map(EventRef::sequence).toList())) {
                String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                for (String end : new String[] {"login_event_id", "logout_event_id"}) {
                    try (PreparedStatement delete = writer.prepare("DELETE FROM login_session WHERE " + end
                            + " IN (" + in + ")")) {
                        for (int i = 0; i < chunk.size(); i++) {
                            delete.setLong(i + 1, chunk.get(i));
                        }
                        delete.executeUpdate();
                    }
                }
            }
            try (PreparedStatement insert = writer.prepare(INSERT)) {
                for (Session session : derived) {
                    insert.setLong(1, writer.nextId(SessionEntity.class));
                    insert.setString(2, session.username());
                    BatchWriter.setRef(insert, 3, session.login());
                    BatchWriter.setRef(insert, 5, session.logout());
                    AttributeColumns.bind(insert, 7, session.attributes());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw BatchWriter.failure(e);
        }
        // The last step for these users: let go of the entities read for them. Otherwise every later query
        // of the batch first compares a persistence context that keeps growing, and a batch of n late users
        // takes n² time.
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
