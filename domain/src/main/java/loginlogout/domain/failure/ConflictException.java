package loginlogout.domain.failure;

/** The request contradicts what is stored: a taken name, a stale version, the last administrator. */
public final class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
