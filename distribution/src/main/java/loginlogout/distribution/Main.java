package loginlogout.distribution;

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
            io.helidon.Main.main(args);
        } catch (RuntimeException | Error e) {
            // A wrong setting is told in one line, not in pages of stack trace.
            System.err.println("login-logout-reports cannot start: " + StartupFailure.describe(e));
            System.exit(1);
        }
    }
}
