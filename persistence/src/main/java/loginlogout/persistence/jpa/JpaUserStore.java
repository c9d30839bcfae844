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
            em.createQuery("SELECT u FROM UserEntity u WHERE u.username IN :names ORDER BY u.username", UserEntity.class)
                    .setParameter("names", chunk).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                    .stream().map(UserEntity::toKnownUser).forEach(user -> locked.put(user.username(), user));
        }
        return locked;
    }

    @Override
    public void save(KnownUser user) {
        Optional<UserEntity> stored = find(user.username(), LockModeType.NONE);
        if (user.agentId() != null && !user.agentId().equals(stored.map(UserEntity::agentId).orElse(null))) {
            em.createQuery("UPDATE UserEntity u SET u.agentId = NULL WHERE u.agentId = :agent AND u.username <> :user")
                    .setParameter("agent", user.agentId()).setParameter("user", user.username()).executeUpdate();
        }
        UserEntity entity = stored.orElseGet(() -> {
            UserEntity created = UserEntity.named(user.username());
            em.persist(created);
            return created;
        });
        entity.update(user);
    }

    @Override
    public Optional<String> usernameOfAgent(String agentId) {
        return em.createQuery("SELECT u.username FROM UserEntity u WHERE u.agentId = :agent", String.class)
                .setParameter("agent", agentId).getResultList().stream().findFirst();
    }

    private Optional<UserEntity> find(String username, LockModeType lock) {
        return em.createQuery("SELECT u FROM UserEntity u WHERE u.username = :user", UserEntity.class)
                .setParameter("user", username).setLockMode(lock).getResultList().stream().findFirst();
    }
}
