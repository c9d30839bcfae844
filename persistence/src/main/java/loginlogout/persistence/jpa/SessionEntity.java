package loginlogout.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import loginlogout.domain.event.EventRef;
import loginlogout.domain.session.Session;

/** A derived session, with the user's attributes copied in so that a report reads one table. */
@Entity
@Table(name = "login_session")
public class SessionEntity {

    @Id
    @SequenceGenerator(name = "login_session_seq", sequenceName = "login_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_session_seq")
    private Long id;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "login_event_id")
    private Long loginEventId;

    @Column(name = "login_time")
    private Long loginTime;

    @Column(name = "logout_event_id")
    private Long logoutEventId;

    @Column(name = "logout_time")
    private Long logoutTime;

    @Embedded
    private AttributeColumns attributes;

    protected SessionEntity() {
    }

    Session toSession() {
        return new Session(username,
                loginEventId == null ? null : new EventRef(loginEventId, EpochNanos.toInstant(loginTime)),
                logoutEventId == null ? null : new EventRef(logoutEventId, EpochNanos.toInstant(logoutTime)),
                AttributeColumns.attributesOf(attributes));
    }
}
