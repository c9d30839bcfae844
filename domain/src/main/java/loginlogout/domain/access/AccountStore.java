package loginlogout.domain.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The users, with what they need to sign in. */
public interface AccountStore {

    Optional<UserAccount> find(String username);

    /** A page of users in username order. */
    List<UserAccount> list(int offset, int limit);

    long count();

    /** The users holding any of these profiles. */
    List<UserAccount> holding(Collection<String> profileNames);

    /** Creates the user, or updates its names, routing profile, hierarchy, password, state and profiles. */
    void save(UserAccount account);
}
