package loginlogout.web.reports;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import loginlogout.web.problems.Problem;
import loginlogout.web.problems.ProblemException;

/** Which output a report request asks for: JSON, or the CSV download. */
public final class ReportOutput {

    static final MediaType CSV = new MediaType("text", "csv", "utf-8");

    private ReportOutput() {
    }

    /** {@code format} wins; else the first of JSON and CSV that the Accept header takes, JSON by default. */
    public static boolean wantsCsv(String format, List<MediaType> accepted) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new ProblemException(Problem.ofParameter("format",
                        "Unknown format '" + format + "'; use csv or json."));
            };
        }
        for (MediaType type : accepted) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(CSV)) {
                return true;
            }
        }
        throw new ProblemException(new Problem(406, "Not Acceptable", "The report is application/json or"
                + " text/csv; ask for one of them in the Accept header, or add format=csv or format=json.",
                null, List.of()));
    }
}
