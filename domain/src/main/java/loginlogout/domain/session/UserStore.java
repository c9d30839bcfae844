package loginlogout.domain.session;

import java.util.Optional;

/** The users whose events were received. */
public interface UserStore {

    /**
     * The user, locked until the end of the transaction so that one user's sessions are derived by one
     * writer at a time; empty when the user is new.
     */
    Optional<KnownUser> lockForUpdate(String username);

    /**
     * Stores the user. An agent id belongs to one user at a time: an agent renamed at the source takes
     * its id to the new username, and the old username keeps its history.
     */
    void save(KnownUser user);

    /** The username of the user a source knows by this agent id. */
    Optional<String> usernameOfAgent(String agentId);
}
