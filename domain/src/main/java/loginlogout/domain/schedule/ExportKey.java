package loginlogout.domain.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import loginlogout.domain.failure.ConflictException;
import loginlogout.domain.failure.InvalidInputException;

/**
 * Where an export is stored: {@code <root>Reports/<prefix>/<report name>-<YYYY-MM-DD>T<HH:MM:SS>Z.csv}, the
 * scheduled midnight as a UTC instant; with no prefix the {@code <prefix>/} part is left out. A re-run of a
 * slot writes the same key.
 */
public final class ExportKey {

    public static final int MAX_PREFIX = 200;
    static final int MAX_NAME_BYTES = 230;
    private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9._-]+");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private ExportKey() {
    }

    /**
     * The key of a slot's file. A {@code /} or {@code \} in the report name becomes {@code _}: folders come
     * from the root and the prefix, and a name never leads out of them.
     */
    public static String of(String root, String prefix, String reportName, Instant scheduled) {
        return root + "Reports/" + stem(prefix, reportName) + "-" + INSTANT.format(scheduled) + ".csv";
    }

    /**
     * What every key of one schedule starts with after {@code Reports/}: its prefix folder and report name.
     * Two schedules with one stem would overwrite each other's files.
     */
    public static String stem(String prefix, String reportName) {
        return (prefix.isEmpty() ? "" : prefix + "/") + fileName(reportName);
    }

    /**
     * The report name as the start of a file name, which file systems allow up to 255 bytes: with the
     * slot's {@code -YYYY-MM-DDTHH:MM:SSZ.csv}, the name may take 230 bytes of UTF-8.
     *
     * @throws ConflictException when it is longer
     */
    public static String checkedFileName(String reportName) {
        String name = fileName(reportName);
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new ConflictException("The report's name takes " + bytes + " bytes in a file name, and an export's"
                    + " file name has room for " + MAX_NAME_BYTES + "; give the report a shorter name to schedule it.");
        }
        return name;
    }

    private static String fileName(String reportName) {
        return reportName.replace('/', '_').replace('\\', '_');
    }

    /**
     * A prefix: up to 200 letters, digits, {@code - _ .}, in folders separated by {@code /}; no folder is
     * empty, {@code .} or {@code ..}, so that the key in a bucket and the path in a folder are the same.
     */
    static String checkedPrefix(String prefix) {
        String p = prefix == null ? "" : prefix;
        if (!p.isEmpty() && !validFolders(p)) {
            throw invalid("prefix", p);
        }
        return p;
    }

    /** The key root, by the prefix's rule, and it may end with {@code /}, as {@code tenant-7/}. */
    public static String checkedRoot(String root) {
        String r = root == null ? "" : root;
        if (!r.isEmpty() && !validFolders(r.endsWith("/") ? r.substring(0, r.length() - 1) : r)) {
            throw invalid("root", r);
        }
        return r;
    }

    private static boolean validFolders(String path) {
        if (path.length() > MAX_PREFIX) {
            return false;
        }
        for (String folder : path.split("/", -1)) {
            if (!FOLDER.matcher(folder).matches() || folder.equals(".") || folder.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException invalid(String what, String value) {
        return new InvalidInputException(what, "A " + what + " is up to " + MAX_PREFIX + " letters, digits, '-', '_'"
                + " and '.', in folders separated by '/', such as ops/daily; no folder may be empty, '.' or '..'."
                + " '" + value + "' is not one.");
    }
}
