package loginlogout.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import loginlogout.domain.session.KnownUser;
import loginlogout.domain.session.UserStore;

/** The users in table {@code agent_user}. */
@ApplicationScoped
public class JpaUserStore implements UserStore {

    private static final String STATE = "first_name = ?, last_name = ?, routing_profile = ?, hierarchy_1 = ?,"
            + " hierarchy_2 = ?, hierarchy_3 = ?, hierarchy_4 = ?, hierarchy_5 = ?, attributes_as_of = ?,"
            + " latest_event_id = ?, latest_event_time = ?";

    private final EntityManager em;
    private final BatchWriter writer;

    @Inject
    JpaUserStore(ReportsPersistenceContext context) {
        this.em = context.entityManager();
        this.writer = new BatchWriter(em);
    }

    @Override
    public Map<String, KnownUser> lockForUpdate(Collection<String> usernames) {
        Map<String, KnownUser> locked = new HashMap<>();
        for (List<String> chunk : InClause.chunks(new TreeSet<>(usernames))) {
            // A locking query of entities, so that EclipseLink starts the transaction on its connection with it
            // (a locking query of names alone did not, and locked nothing on PostgreSQL). It reads the users'
            // profiles to lock them too: in one query, not one per user.
            em.createQuery("SELECT u FROM UserEntity u WHERE u.username IN :names ORDER BY u.username", UserEntity.class)
                    .setParameter("names", chunk).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "u.profiles")
                    .getResultList().stream().map(UserEntity::toKnownUser).forEach(user -> locked.put(user.username(), user));
        }
        List<String> created = usernames.stream().filter(name -> !locked.containsKey(name)).sorted().toList();
        created.forEach(name -> {
            em.persist(UserEntity.named(name));
            locked.put(name, KnownUser.named(name));
        });
        // The rows stay locked; their entities are let go, so that later flushes need not compare them.
        em.flush();
        em.clear();
        return locked;
    }

    /**
     * One read of the users' stored agent ids, then one batch of updates. A user who takes over an agent id
     * from another first clears it there, the column being unique; an unchanged agent id is not written,
     * so that a user who lost theirs to another in the same batch keeps it lost.
     */
    @Override
    public void save(List<KnownUser> users) {
        Map<String, String> storedAgentIds = new HashMap<>();
        for (List<String> chunk : InClause.chunks(users.stream().map(KnownUser::username).distinct().toList())) {
            em.createQuery("SELECT u.username, u.agentId FROM UserEntity u WHERE u.username IN :names", Object[].class)
                    .setParameter("names", chunk).getResultList()
                    .forEach(row -> storedAgentIds.put((String) row[0], (String) row[1]));
        }
        try (PreparedStatement update = writer.prepare("UPDATE agent_user SET " + STATE + " WHERE username = ?");
             PreparedStatement withAgentId = writer.prepare("UPDATE agent_user SET " + STATE + ", agent_id = ?"
                     + " WHERE username = ?")) {
            for (KnownUser user : users) {
                if (!storedAgentIds.containsKey(user.username())) {
                    throw new IllegalStateException("User " + user.username() + " was not locked before it was saved");
                }
                boolean newAgentId = !Objects.equals(user.agentId(), storedAgentIds.get(user.username()));
                if (newAgentId && user.agentId() != null) {
                    em.createQuery("UPDATE UserEntity u SET u.agentId = NULL WHERE u.agentId = :agent"
                                    + " AND u.username <> :user")
                            .setParameter("agent", user.agentId()).setParameter("user", user.username()).executeUpdate();
                }
                PreparedStatement statement = newAgentId ? withAgentId : update;
                int next = AttributeColumns.bind(statement, 1, user.attributes());
                BatchWriter.setNullable(statement, next++, EpochNanos.of(user.attributesAsOf()));
                BatchWriter.setRef(statement, next, user.latest());
                next += 2;
                if (newAgentId) {
                    // At once, not batched: a later user of this batch who takes the same id must find it here
                    // to clear it.
                    statement.setString(next++, user.agentId());
                    statement.setString(next, user.username());
                    statement.executeUpdate();
                } else {
                    statement.setString(next, user.username());
                    statement.addBatch();
                }
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw BatchWriter.failure(e);
        }
    }

    @Override
    public Optional<String> usernameOfAgent(String agentId) {
        return em.createQuery("SELECT u.username FROM UserEntity u WHERE u.agentId = :agent", String.class)
                .setParameter("agent", agentId).getResultList().stream().findFirst();
    }
}
