package loginlogout.domain.failure;

/** A setting of the service that cannot work; the message starts with the setting and says what it takes. */
public final class InvalidSettingException extends RuntimeException {

    public InvalidSettingException(String message) {
        super(message);
    }
}
