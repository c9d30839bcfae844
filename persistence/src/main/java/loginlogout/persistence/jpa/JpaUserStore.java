package loginlogout.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import loginlogout.domain.session.KnownUser;
import loginlogout.domain.session.UserStore;

/** The users in table {@code agent_user}. */
@ApplicationScoped
public class JpaUserStore implements UserStore {

    @PersistenceContext(unitName = "reports")
    private EntityManager em;

    @Override
    public Optional<KnownUser> lockForUpdate(String username) {
        return find(username, LockModeType.PESSIMISTIC_WRITE).map(UserEntity::toKnownUser);
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
