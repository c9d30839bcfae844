package loginlogout.web.json;

/**
 * What a name in an event may be: at most 256 characters of valid Unicode with no control characters,
 * which would otherwise reach the CSV raw (a NUL byte, a line break in a cell) or be stored broken.
 */
public final class TextRule {

    public static final int MAX_LENGTH = 256;

    private TextRule() {
    }

    /** Why this text is refused, or null when it is fine. */
    public static String problemWith(String text) {
        if (text.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters, not " + text.length();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return "must not contain control characters (found U+" + String.format("%04X", (int) c) + ")";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode: it holds an unpaired surrogate \\u" + String.format("%04x", (int) c);
            }
        }
        return null;
    }
}
