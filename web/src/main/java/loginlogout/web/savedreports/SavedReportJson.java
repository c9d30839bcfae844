package loginlogout.web.savedreports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import loginlogout.domain.report.ReportDefinition;
import loginlogout.domain.savedreport.SavedReport;
import loginlogout.web.json.JsonBody;
import loginlogout.web.reports.ReportParameters;

/** A saved report as JSON: its settings in the names of the report's query parameters. */
final class SavedReportJson {

    static final Set<String> SETTINGS = JsonBody.fields("name", "range", "start", "end", "timeZone",
            "filters", "version");

    /** As the report's query takes them, seconds included even when zero. */
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private SavedReportJson() {
    }

    static JsonObject of(SavedReport report, URI link) {
        ReportDefinition definition = report.definition();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", report.id())
                .add("name", report.name())
                .add("owner", report.owner())
                .add("range", definition.range().preset().name());
        if (definition.range().customStart() == null) {
            json.addNull("start").addNull("end");
        } else {
            json.add("start", LOCAL_TIME.format(definition.range().customStart()))
                    .add("end", LOCAL_TIME.format(definition.range().customEnd()));
        }
        return json.add("timeZone", definition.timeZone().getId())
                .add("filters", Json.createObjectBuilder()
                        .add("agent", sorted(definition.filter().agents()))
                        .add("routingProfile", sorted(definition.filter().routingProfiles()))
                        .add("hierarchyGroup", sorted(definition.filter().hierarchyGroups())))
                .add("published", report.published())
                .add("createdAt", report.createdAt().toString())
                .add("updatedAt", report.updatedAt().toString())
                .add("version", report.version())
                .add("link", link.toString())
                .build();
    }

    /** The settings of a body: validated exactly like the on-demand report's query parameters. */
    static ReportDefinition definition(JsonBody json) {
        String range = json.text("range");
        String start = json.text("start");
        String end = json.text("end");
        String timeZone = json.text("timeZone");
        var filters = json.objectAt("filters");
        if (filters != null) {
            filters.keySet().stream().filter(k -> !List.of("agent", "routingProfile", "hierarchyGroup").contains(k))
                    .sorted().forEach(k -> json.error("filters." + k, "is not a filter; the filters are agent,"
                            + " routingProfile and hierarchyGroup"));
        }
        List<String> agents = json.texts(filters, "agent", "filters.agent");
        List<String> routingProfiles = json.texts(filters, "routingProfile", "filters.routingProfile");
        List<String> groups = json.texts(filters, "hierarchyGroup", "filters.hierarchyGroup");
        json.complete();
        return new ReportParameters(range, start, end, timeZone, agents, routingProfiles, groups).toDefinition();
    }

    private static JsonArrayBuilder sorted(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.stream().sorted().forEach(array::add);
        return array;
    }
}
