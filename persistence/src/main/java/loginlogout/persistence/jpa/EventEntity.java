package loginlogout.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import loginlogout.domain.event.AgentEvent;
import loginlogout.domain.event.EventType;
import loginlogout.domain.event.StoredEvent;

/** A received login or logout; its id is its arrival sequence. */
@Entity
@Table(name = "agent_event")
public class EventEntity {

    // SEQUENCE, not IDENTITY: EclipseLink 4.0.4 writes IDENTITY DDL that H2 2.x rejects.
    @Id
    @SequenceGenerator(name = "agent_event_seq", sequenceName = "agent_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_event_seq")
    private Long id;

    @Column(name = "source_event_id")
    private String sourceEventId;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "agent_id")
    private String agentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    private EventType type;

    @Column(name = "event_time", nullable = false)
    private long time;

    @Column(name = "has_snapshot", nullable = false)
    private boolean hasSnapshot;

    @Embedded
    private AttributeColumns snapshot;

    protected EventEntity() {
    }

    StoredEvent toStoredEvent() {
        return new StoredEvent(id, new AgentEvent(sourceEventId, username, agentId, type,
                EpochNanos.toInstant(time), hasSnapshot ? AttributeColumns.attributesOf(snapshot) : null));
    }
}
