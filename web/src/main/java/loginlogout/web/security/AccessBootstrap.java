package loginlogout.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import loginlogout.domain.access.UserAdministration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start, after the schema migration: writes the built-in profiles and creates the bootstrap
 * administrator from the settings (never logging its password), or says how to make one.
 */
@ApplicationScoped
public class AccessBootstrap {

    private static final Logger LOG = Logger.getLogger(AccessBootstrap.class.getName());

    private final UserAdministration administration;
    private final Optional<String> username;
    private final Optional<String> password;

    @Inject
    AccessBootstrap(UserAdministration administration,
                    @ConfigProperty(name = "security.bootstrap-admin.username") Optional<String> username,
                    @ConfigProperty(name = "security.bootstrap-admin.password") Optional<String> password) {
        this.administration = administration;
        this.username = username;
        this.password = password;
    }

    void atStart(@Observes @Priority(10) @Initialized(ApplicationScoped.class) Object start) {
        administration.ensureBuiltInProfiles();
        if (username.isPresent() && password.isPresent()) {
            if (administration.ensureBootstrapAdmin(username.get(), password.get())) {
                LOG.info("Created the bootstrap administrator '" + username.get() + "' with the Admin profile.");
            }
        } else if (username.isPresent() || password.isPresent()) {
            throw new IllegalStateException("Set both security.bootstrap-admin.username and"
                    + " security.bootstrap-admin.password (SECURITY_BOOTSTRAP_ADMIN_USERNAME and _PASSWORD), or"
                    + " neither.");
        }
        if (!administration.anyoneAdministers()) {
            LOG.warning("Nobody can sign in to manage users yet. Start the service once with"
                    + " SECURITY_BOOTSTRAP_ADMIN_USERNAME and SECURITY_BOOTSTRAP_ADMIN_PASSWORD (12 characters or"
                    + " more) set: that user is created with the Admin profile.");
        }
    }
}
