package loginlogout.web.reports;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.util.List;
import loginlogout.domain.report.LoginLogoutReport;
import loginlogout.domain.report.ReportColumns;
import loginlogout.domain.report.ReportFormat;
import loginlogout.domain.report.SessionRow;

/**
 * The report as JSON, written as a stream: {@code {"timeZone", "start", "end", "rowCount", "rows": [...]}};
 * each row has the CSV's columns, in the same order, and {@code durationSeconds}. Empty values are null.
 */
final class ReportJson {

    /** The JSON names of {@link ReportColumns#HEADERS}, in the same order. */
    private static final List<String> ROW_FIELDS = List.of("userLogin", "firstName", "lastName", "routingProfile",
            "agentHierarchy", "loginTime", "logoutTime", "duration");

    private ReportJson() {
    }

    static void write(LoginLogoutReport report, OutputStream out) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject()
                    .write("timeZone", report.timeZone().getId())
                    .write("start", ReportFormat.time(report.range().start(), report.timeZone()))
                    .write("end", ReportFormat.time(report.range().end(), report.timeZone()))
                    .write("rowCount", report.rows().size())
                    .writeStartArray("rows");
            for (SessionRow row : report.rows()) {
                json.writeStartObject();
                List<String> cells = ReportColumns.cells(row, report.timeZone());
                for (int i = 0; i < ROW_FIELDS.size(); i++) {
                    if (cells.get(i) == null) {
                        json.writeNull(ROW_FIELDS.get(i));
                    } else {
                        json.write(ROW_FIELDS.get(i), cells.get(i));
                    }
                }
                row.duration().ifPresentOrElse(d -> json.write("durationSeconds", d.getSeconds()),
                        () -> json.writeNull("durationSeconds"));
                json.writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }
}
