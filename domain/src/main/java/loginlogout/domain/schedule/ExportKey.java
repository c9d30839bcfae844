package loginlogout.domain.schedule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import loginlogout.domain.failure.InvalidInputException;

/**
 * Where an export is stored: {@code <root>Reports/<prefix>/<report name>-<YYYY-MM-DD>T<HH:MM:SS>Z.csv}, the
 * scheduled midnight as a UTC instant; with no prefix the {@code <prefix>/} part is left out. A re-run of a
 * slot writes the same key.
 */
public final class ExportKey {

    public static final int MAX_PREFIX = 200;
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._/-]*");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private ExportKey() {
    }

    /**
     * The key of a slot's file. A {@code /} or {@code \} in the report name becomes {@code _}: folders come
     * from the root and the prefix, and a name never leads out of them.
     */
    public static String of(String root, String prefix, String reportName, Instant scheduled) {
        String folder = prefix.isEmpty() ? "" : prefix + "/";
        return root + "Reports/" + folder + reportName.replace('/', '_').replace('\\', '_') + "-"
                + INSTANT.format(scheduled) + ".csv";
    }

    /** A prefix of up to 200 letters, digits, {@code - _ / .}, without {@code ..} or a leading {@code /}. */
    static String checkedPrefix(String prefix) {
        return checked("prefix", prefix);
    }

    /** The key root, by the prefix's rule: it may not lead a key out of the bucket's or folder's tree either. */
    public static String checkedRoot(String root) {
        return checked("root", root);
    }

    private static String checked(String what, String value) {
        String p = value == null ? "" : value;
        if (p.length() > MAX_PREFIX || !PREFIX.matcher(p).matches() || p.contains("..") || p.startsWith("/")) {
            throw new InvalidInputException(what, "A " + what + " is up to " + MAX_PREFIX + " letters, digits, '-',"
                    + " '_', '/' and '.', without '..' and not starting with '/'; '" + p + "' is not.");
        }
        return p;
    }
}
