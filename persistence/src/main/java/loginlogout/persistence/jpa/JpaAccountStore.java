package loginlogout.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import loginlogout.domain.access.AccountStore;
import loginlogout.domain.access.UserAccount;

/** The users of table {@code agent_user} as accounts, with their profiles in {@code user_profile}. */
@ApplicationScoped
public class JpaAccountStore implements AccountStore {

    private final EntityManager em;

    @Inject
    JpaAccountStore(ReportsPersistenceContext context) {
        this.em = context.entityManager();
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return entity(username).map(UserEntity::toAccount);
    }

    @Override
    public List<UserAccount> list(int offset, int limit) {
        return em.createQuery("SELECT u FROM UserEntity u ORDER BY u.username", UserEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(UserEntity::toAccount).toList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class).getSingleResult();
    }

    @Override
    public List<UserAccount> holding(Collection<String> profileNames) {
        if (profileNames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT u FROM UserEntity u JOIN u.profiles p WHERE p IN :profiles",
                        UserEntity.class)
                .setParameter("profiles", List.copyOf(profileNames)).getResultList().stream().map(UserEntity::toAccount)
                .toList();
    }

    @Override
    public void save(UserAccount account) {
        UserEntity entity = entity(account.username()).orElseGet(() -> {
            UserEntity created = UserEntity.named(account.username());
            em.persist(created);
            return created;
        });
        entity.update(account);
    }

    private Optional<UserEntity> entity(String username) {
        return em.createQuery("SELECT u FROM UserEntity u WHERE u.username = :user", UserEntity.class)
                .setParameter("user", username).getResultList().stream().findFirst();
    }
}
