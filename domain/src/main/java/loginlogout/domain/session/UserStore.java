package loginlogout.domain.session;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The users whose events were received. */
public interface UserStore {

    /**
     * The users, by username, locked in name order until the end of the transaction so that one user's
     * sessions are derived by one writer at a time. New users are created first: two writers that both
     * create one collide on its unique name at once, and the loser is run again.
     */
    Map<String, KnownUser> lockForUpdate(Collection<String> usernames);

    /**
     * Stores the users, together. An agent id belongs to one user at a time: an agent renamed at the
     * source takes its id to the new username, and the old username keeps its history.
     */
    void save(List<KnownUser> users);

    /** The username of the user a source knows by this agent id. */
    Optional<String> usernameOfAgent(String agentId);
}
