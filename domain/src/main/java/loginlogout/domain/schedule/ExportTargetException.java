package loginlogout.domain.schedule;

/** The export target did not store an object; the message says why, never a credential. */
public final class ExportTargetException extends RuntimeException {

    public ExportTargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
