package loginlogout.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import loginlogout.domain.session.KnownUser;

/** A user whose events were received. */
@Entity
@Table(name = "agent_user")
public class UserEntity {

    @Id
    @SequenceGenerator(name = "agent_user_seq", sequenceName = "agent_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_user_seq")
    private Long id;

    @Column(name = "username", nullable = false, unique = true)
    private String username;

    @Column(name = "agent_id", unique = true)
    private String agentId;

    @Embedded
    private AttributeColumns attributes;

    @Column(name = "attributes_as_of")
    private Long attributesAsOf;

    protected UserEntity() {
    }

    static UserEntity named(String username) {
        UserEntity entity = new UserEntity();
        entity.username = username;
        return entity;
    }

    void update(KnownUser user) {
        agentId = user.agentId();
        attributes = AttributeColumns.of(user.attributes());
        attributesAsOf = EpochNanos.of(user.attributesAsOf());
    }

    KnownUser toKnownUser() {
        return new KnownUser(username, agentId, AttributeColumns.attributesOf(attributes),
                EpochNanos.toInstant(attributesAsOf));
    }
}
