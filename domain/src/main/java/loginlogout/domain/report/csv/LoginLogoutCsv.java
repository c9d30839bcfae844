package loginlogout.domain.report.csv;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import loginlogout.domain.report.LoginLogoutReport;
import loginlogout.domain.report.ReportColumns;
import loginlogout.domain.report.SessionRow;

/**
 * The report as a CSV file: RFC 4180 (comma, CRLF, quotes doubled), UTF-8, a header row, the same bytes
 * for a download and a scheduled export.
 */
public final class LoginLogoutCsv {

    /** The name the seed's product gives the downloaded file. */
    public static final String FILE_NAME = "Login_Logout report.csv";

    private LoginLogoutCsv() {
    }

    public static void write(LoginLogoutReport report, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // Not closed: closing would close the caller's stream.
        ICSVWriter csv = new CSVWriter(writer, ',', '"', '"', "\r\n");
        csv.writeNext(ReportColumns.HEADERS.toArray(String[]::new), false);
        for (SessionRow row : report.rows()) {
            csv.writeNext(cells(ReportColumns.cells(row, report.timeZone())), false);
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] cells(List<String> values) {
        return values.stream().map(LoginLogoutCsv::safeCell).toArray(String[]::new);
    }

    /**
     * A cell that a spreadsheet would run as a formula gets a leading {@code '}, so that a name such as
     * {@code =HYPERLINK(...)} arriving in an event is shown, never executed.
     */
    static String safeCell(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
