package loginlogout.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import loginlogout.domain.session.KnownUser;
import loginlogout.domain.session.UserStore;

/** The users in table {@code agent_user}. */
@ApplicationScoped
public class JpaUserStore implements UserStore {

    private final EntityManager em;

    @Inject
    JpaUserStore(ReportsPersistenceContext context) {
        this.em = context.entityManager();
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

    // One read of all of the users' rows, not one per user: each query first flushes the transaction's
    // pending writes, so a query per user of a large batch would take time growing with its square.
    @Override
    public void save(List<KnownUser> users) {
        Map<String, UserEntity> stored = new HashMap<>();
        for (List<String> chunk : InClause.chunks(users.stream().map(KnownUser::username).distinct().toList())) {
            em.createQuery("SELECT u FROM UserEntity u WHERE u.username IN :names", UserEntity.class)
                    .setParameter("names", chunk).getResultList()
                    .forEach(entity -> stored.put(entity.username(), entity));
        }
        for (KnownUser user : users) {
            UserEntity entity = stored.get(user.username());
            if (user.agentId() != null && !user.agentId().equals(entity == null ? null : entity.agentId())) {
                em.createQuery("UPDATE UserEntity u SET u.agentId = NULL WHERE u.agentId = :agent AND u.username <> :user")
                        .setParameter("agent", user.agentId()).setParameter("user", user.username()).executeUpdate();
            }
            if (entity == null) {
                entity = UserEntity.named(user.username());
                em.persist(entity);
                stored.put(user.username(), entity);
            }
            entity.update(user);
        }
    }

    @Override
    public Optional<String> usernameOfAgent(String agentId) {
        return em.createQuery("SELECT u.username FROM UserEntity u WHERE u.agentId = :agent", String.class)
                .setParameter("agent", agentId).getResultList().stream().findFirst();
    }
}
