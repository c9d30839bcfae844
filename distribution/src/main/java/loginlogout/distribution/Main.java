package loginlogout.distribution;

/**
 * Starts the service. Its own main class, because a jar whose module descriptor names
 * {@code io.helidon.Main} fails packaging.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        io.helidon.Main.main(args);
    }
}
