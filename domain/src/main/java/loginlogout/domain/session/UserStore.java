package loginlogout.domain.session;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The users whose events were received. */
public interface UserStore {

    /**
     * Those of the users that exist, by username, locked in name order until the end of the transaction
     * so that one user's sessions are derived by one writer at a time. A new user has no row to lock:
     * two writers that both create it collide on its unique name, and the loser is run again.
     */
    Map<String, KnownUser> lockForUpdate(Collection<String> usernames);

    /**
     * Stores the user. An agent id belongs to one user at a time: an agent renamed at the source takes
     * its id to the new username, and the old username keeps its history.
     */
    void save(KnownUser user);

    /** The username of the user a source knows by this agent id. */
    Optional<String> usernameOfAgent(String agentId);
}
