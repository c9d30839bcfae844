package loginlogout.domain.failure;

/** The caller's security profiles do not allow this. */
public final class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
