package loginlogout.domain.access;

import loginlogout.domain.failure.InvalidInputException;

/** The rule for names people type: trimmed, 1 to 100 characters, no control characters. */
public final class Names {

    public static final int MAX_LENGTH = 100;

    private Names() {
    }

    /** The name trimmed, or an {@link InvalidInputException} on {@code field} saying what is wrong with it. */
    public static String checked(String field, String name) {
        if (name == null || name.strip().isEmpty()) {
            throw new InvalidInputException(field, field + " is required: 1 to " + MAX_LENGTH + " characters.");
        }
        String trimmed = name.strip();
        // In UTF-16 units, as the database's VARCHAR(100) counts them: a name it takes is a name it stores.
        int length = trimmed.length();
        if (length > MAX_LENGTH) {
            throw new InvalidInputException(field, field + " has " + length + " characters; at most "
                    + MAX_LENGTH + " are allowed.");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, field + " must not contain control characters (tabs, line breaks).");
        }
        return trimmed;
    }
}
