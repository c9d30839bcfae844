package loginlogout.web.reports;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import loginlogout.domain.report.RangePreset;
import loginlogout.domain.report.ReportDefinition;
import loginlogout.domain.report.ReportRange;
import loginlogout.domain.report.SessionFilter;
import loginlogout.web.problems.Problem;
import loginlogout.web.problems.ProblemException;

/** A report's settings as query parameters: {@code range}, {@code start}, {@code end}, {@code timeZone}, filters. */
public record ReportParameters(String range, String start, String end, String timeZone, List<String> agents,
                               List<String> routingProfiles, List<String> hierarchyGroups) {

    private static final Set<String> SINGLE = Set.of("range", "start", "end", "timeZone", "format");
    private static final Set<String> REPEATABLE = Set.of("agent", "routingProfile", "hierarchyGroup");

    /**
     * The parameters of a query; a 400 for a parameter the report does not know (a misspelt
     * {@code timezone} would otherwise give a report in UTC), one given twice, or an empty filter.
     */
    public static ReportParameters of(MultivaluedMap<String, String> query) {
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey();
            if (!SINGLE.contains(name) && !REPEATABLE.contains(name)) {
                throw new ProblemException(Problem.ofParameter(name, "Unknown parameter '" + name + "'; a report"
                        + " takes range, start, end, timeZone, agent, routingProfile, hierarchyGroup and format."));
            }
            if (SINGLE.contains(name) && parameter.getValue().size() > 1) {
                throw new ProblemException(Problem.ofParameter(name, name + " is given "
                        + parameter.getValue().size() + " times; give it once."));
            }
            if (REPEATABLE.contains(name) && parameter.getValue().stream().anyMatch(String::isEmpty)) {
                throw new ProblemException(Problem.ofParameter(name, "An empty " + name + " matches nothing; leave"
                        + " the parameter out to keep every " + name + "."));
            }
        }
        return new ReportParameters(query.getFirst("range"), query.getFirst("start"), query.getFirst("end"),
                query.getFirst("timeZone"), query.get("agent"), query.get("routingProfile"),
                query.get("hierarchyGroup"));
    }

    /** The definition these parameters ask for; a 400 naming the parameter when one is wrong. */
    public ReportDefinition toDefinition() {
        RangePreset preset = preset();
        ReportRange reportRange = preset == RangePreset.CUSTOM
                ? ReportRange.custom(localTime("start", start), localTime("end", end))
                : new ReportRange(preset, start == null ? null : localTime("start", start),
                        end == null ? null : localTime("end", end));
        return new ReportDefinition(reportRange, zone(), new SessionFilter(values(agents),
                values(routingProfiles), values(hierarchyGroups)));
    }

    private RangePreset preset() {
        if (range == null || range.isBlank()) {
            return RangePreset.TODAY;
        }
        try {
            return RangePreset.valueOf(range.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.ofParameter("range", "Unknown range '" + range + "'; use one of "
                    + Arrays.toString(RangePreset.values()) + "."));
        }
    }

    private ZoneId zone() {
        if (timeZone == null || timeZone.isBlank()) {
            return ReportDefinition.DEFAULT_TIME_ZONE;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new ProblemException(Problem.ofParameter("timeZone", "Unknown time zone '" + timeZone
                    + "'; use an IANA time zone id such as UTC, Europe/London or America/New_York."));
        }
    }

    private static LocalDateTime localTime(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new ProblemException(Problem.ofParameter(parameter, "range=CUSTOM needs " + parameter
                    + ", a local date-time in the report's time zone such as 2026-11-02T00:00:00."));
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.ofParameter(parameter, "'" + value + "' is not a local date-time;"
                    + " give " + parameter + " as 2026-11-02T00:00:00, without offset: it is taken in the report's"
                    + " time zone."));
        }
    }

    private static Set<String> values(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
