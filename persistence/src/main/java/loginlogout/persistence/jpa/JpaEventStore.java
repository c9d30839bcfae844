package loginlogout.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import loginlogout.domain.event.AgentEvent;
import loginlogout.domain.event.EventKey;
import loginlogout.domain.event.EventRef;
import loginlogout.domain.event.EventType;
import loginlogout.domain.event.StoredEvent;
import loginlogout.domain.session.EventStore;

/** The events in table {@code agent_event}; every query here is served by an index of V1. */
@ApplicationScoped
public class JpaEventStore implements EventStore {

    private static final String INSERT = "INSERT INTO agent_event (id, source_event_id, username, agent_id,"
            + " event_type, event_time, has_snapshot, " + AttributeColumns.NAMES + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final BatchWriter writer;

    @Inject
    JpaEventStore(ReportsPersistenceContext context) {
        this.em = context.entityManager();
        this.writer = new BatchWriter(em);
    }

    @Override
    public Set<String> storedSourceIds(Collection<String> sourceIds) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : InClause.chunks(sourceIds)) {
            found.addAll(em.createQuery(
                            "SELECT e.sourceEventId FROM EventEntity e WHERE e.sourceEventId IN :ids", String.class)
                    .setParameter("ids", chunk).getResultList());
        }
        return found;
    }

    @Override
    public Set<EventKey> storedKeys(String username, Collection<Instant> times) {
        Set<EventKey> found = new HashSet<>();
        for (List<Long> chunk : InClause.chunks(times.stream().map(EpochNanos::of).toList())) {
            em.createQuery("SELECT e.type, e.time FROM EventEntity e WHERE e.username = :user AND e.time IN :times",
                            Object[].class)
                    .setParameter("user", username).setParameter("times", chunk).getResultList()
                    .forEach(row -> found.add(new EventKey(username, (EventType) row[0],
                            EpochNanos.toInstant((Long) row[1]))));
        }
        return found;
    }

    @Override
    public Optional<StoredEvent> lastAtOrBefore(String username, Instant time) {
        return first("SELECT e FROM EventEntity e WHERE e.username = :user AND e.time <= :time"
                + " ORDER BY e.time DESC, e.id DESC", username, time);
    }

    @Override
    public Optional<StoredEvent> firstAfter(String username, Instant time) {
        return first("SELECT e FROM EventEntity e WHERE e.username = :user AND e.time > :time"
                + " ORDER BY e.time, e.id", username, time);
    }

    private Optional<StoredEvent> first(String query, String username, Instant time) {
        return em.createQuery(query, EventEntity.class)
                .setParameter("user", username).setParameter("time", EpochNanos.of(time))
                .setMaxResults(1).getResultList().stream().findFirst().map(EventEntity::toStoredEvent);
    }

    @Override
    public List<StoredEvent> byRef(Collection<EventRef> events) {
        List<StoredEvent> found = new ArrayList<>();
        for (List<Long> chunk : InClause.chunks(events.stream().map(EventRef::sequence).distinct().toList())) {
            em.createQuery("SELECT e FROM EventEntity e WHERE e.id IN :ids", EventEntity.class)
                    .setParameter("ids", chunk).getResultList().forEach(e -> found.add(e.toStoredEvent()));
        }
        return found;
    }

    @Override
    public List<StoredEvent> append(List<AgentEvent> events) {
        List<StoredEvent> stored = new ArrayList<>(events.size());
        try (PreparedStatement insert = writer.prepare(INSERT)) {
            for (AgentEvent event : events) {
                long id = writer.nextId(EventEntity.class);
                insert.setLong(1, id);
                insert.setString(2, event.sourceId());
                insert.setString(3, event.username());
                insert.setString(4, event.agentId());
                insert.setString(5, event.type().name());
                insert.setLong(6, EpochNanos.of(event.time()));
                insert.setBoolean(7, event.snapshot() != null);
                AttributeColumns.bind(insert, 8, event.snapshot());
                insert.addBatch();
                stored.add(new StoredEvent(id, event));
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw BatchWriter.failure(e);
        }
        return stored;
    }

    @Override
    public List<StoredEvent> between(String username, EventRef from, EventRef to) {
        String query = "SELECT e FROM EventEntity e WHERE e.username = :user"
                + (from == null ? "" : " AND e.time >= :from")
                + (to == null ? "" : " AND e.time <= :to")
                + " ORDER BY e.time, e.id";
        var typed = em.createQuery(query, EventEntity.class).setParameter("user", username);
        if (from != null) {
            typed.setParameter("from", EpochNanos.of(from.time()));
        }
        if (to != null) {
            typed.setParameter("to", EpochNanos.of(to.time()));
        }
        // The query bounds by time; events at a bound's time that arrived before (or after) it are cut here.
        return typed.getResultList().stream().map(EventEntity::toStoredEvent)
                .filter(e -> (from == null || e.ref().compareTo(from) >= 0) && (to == null || e.ref().compareTo(to) <= 0))
                .toList();
    }
}
