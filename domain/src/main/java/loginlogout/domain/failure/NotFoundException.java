package loginlogout.domain.failure;

/** Nothing by that name or id that the caller may see: a private report of another user is one too. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
