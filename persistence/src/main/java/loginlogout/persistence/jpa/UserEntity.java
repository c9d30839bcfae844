package loginlogout.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import loginlogout.domain.access.PasswordHash;
import loginlogout.domain.access.SecurityProfile;
import loginlogout.domain.access.UserAccount;
import loginlogout.domain.event.EventRef;
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

    @Column(name = "latest_event_id")
    private Long latestEventId;

    @Column(name = "latest_event_time")
    private Long latestEventTime;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "disabled", nullable = false)
    private boolean disabled;

    // Read when an account needs it: a batch of events reads and writes hundreds of users, never their profiles.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_profile", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "profile_name")
    private Set<String> profiles = new HashSet<>();

    protected UserEntity() {
    }

    /** A new user; one created by an event is an agent, and has no password. */
    static UserEntity named(String username) {
        UserEntity entity = new UserEntity();
        entity.username = username;
        entity.profiles.add(SecurityProfile.AGENT.name());
        return entity;
    }

    void update(UserAccount account) {
        attributes = AttributeColumns.of(account.attributes());
        passwordHash = account.password() == null ? null : account.password().format();
        disabled = account.disabled();
        profiles.clear();
        profiles.addAll(account.profiles());
    }

    UserAccount toAccount() {
        return new UserAccount(username, AttributeColumns.attributesOf(attributes),
                passwordHash == null ? null : PasswordHash.parse(passwordHash), disabled, profiles);
    }

    String username() {
        return username;
    }

    String agentId() {
        return agentId;
    }

    KnownUser toKnownUser() {
        return new KnownUser(username, agentId, AttributeColumns.attributesOf(attributes),
                EpochNanos.toInstant(attributesAsOf),
                latestEventId == null ? null : new EventRef(latestEventId, EpochNanos.toInstant(latestEventTime)));
    }
}
