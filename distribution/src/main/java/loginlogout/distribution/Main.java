package loginlogout.distribution;

import io.helidon.microprofile.server.ServerCdiExtension;
import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts the service. Its own main class, because a jar whose module descriptor names
 * {@code io.helidon.Main} fails packaging.
 */
public final class Main {

    /** Narayana's transaction log; by default it lands in two folders of the working directory. */
    static final String TRANSACTION_LOG = "data/transactions";

    private Main() {
    }

    public static void main(String[] args) {
        for (String store : new String[] {"", ".stateStore", ".communicationStore"}) {
            String key = "ObjectStoreEnvironmentBean" + store + ".objectStoreDir";
            if (System.getProperty(key) == null) {
                System.setProperty(key, TRANSACTION_LOG);
            }
        }
        try {
            Config config = ConfigProvider.getConfig();
            ListenAddress.of(config.getValue("server.host", String.class), config.getValue("server.port", String.class))
                    .requireFree();
            io.helidon.Main.main(args);
            if (!CDI.current().getBeanManager().getExtension(ServerCdiExtension.class).started()) {
                throw new IllegalStateException("the server did not start; its log above says why");
            }
        } catch (RuntimeException | Error e) {
            // A wrong setting is told in one line, not in pages of stack trace.
            System.err.println("login-logout-reports cannot start: " + StartupFailure.describe(e));
            System.exit(1);
        }
    }
}
