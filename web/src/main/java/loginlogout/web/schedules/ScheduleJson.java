package loginlogout.web.schedules;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import loginlogout.domain.report.ReportDefinition;
import loginlogout.domain.report.ReportFormat;
import loginlogout.domain.report.ReportLimits;
import loginlogout.domain.report.TimeRange;
import loginlogout.domain.schedule.ExportRun;
import loginlogout.domain.schedule.ExportSchedule;
import loginlogout.domain.schedule.ExportStatus;
import loginlogout.domain.schedule.Recurrence;
import loginlogout.domain.schedule.ScheduledExport;
import loginlogout.web.json.JsonBody;
import loginlogout.web.problems.Problem;
import loginlogout.web.problems.ProblemException;

/**
 * Schedules, exports and runs as JSON. Slots and run times are UTC instants ({@code 2026-11-03T05:00:00Z}),
 * as in the object keys; what a run covers is shown in the schedule's zone, as the report shows times.
 */
final class ScheduleJson {

    static final Set<String> SCHEDULE_FIELDS = JsonBody.fields("recurrence", "days", "timeZone", "prefix");

    private ScheduleJson() {
    }

    /** A schedule from a body; a 400 naming each wrong field. */
    static ExportSchedule schedule(JsonBody json) {
        String recurrenceText = json.text("recurrence");
        List<String> dayTexts = json.texts("days");
        String zoneText = json.text("timeZone");
        String prefix = json.text("prefix");
        Recurrence recurrence = null;
        if (recurrenceText == null) {
            json.error("recurrence", "is required: DAILY or WEEKLY");
        } else {
            try {
                recurrence = Recurrence.valueOf(recurrenceText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                json.error("recurrence", "is DAILY or WEEKLY, not '" + recurrenceText + "'");
            }
        }
        Set<DayOfWeek> days = new HashSet<>();
        for (int i = 0; i < dayTexts.size(); i++) {
            try {
                days.add(DayOfWeek.valueOf(dayTexts.get(i).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                json.error("days[" + i + "]", "is a weekday such as MONDAY, not '" + dayTexts.get(i) + "'");
            }
        }
        ZoneId zone = ReportDefinition.DEFAULT_TIME_ZONE;
        if (zoneText != null && !zoneText.isBlank()) {
            try {
                zone = ZoneId.of(zoneText.strip());
            } catch (DateTimeException e) {
                json.error("timeZone", "is an IANA time zone id such as UTC or Europe/Berlin, or a fixed offset such"
                        + " as +05:30; not '" + zoneText + "'");
            }
        }
        json.complete();
        // The domain checks the days against the recurrence, and the prefix: a 400 on that field.
        return new ExportSchedule(recurrence, days, zone, prefix);
    }

    /** The slot of a run-now body, if it names one; without a body, the latest due slot runs. */
    static Optional<Instant> slot(String contentType, String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_JSON)) {
            throw new ProblemException(new Problem(415, "Unsupported Media Type", "A run's body is JSON, such as"
                    + " {\"slot\": \"2026-11-03T05:00:00Z\"}: send it with Content-Type: application/json, or send"
                    + " no body to run the latest due slot.", null, List.of()));
        }
        JsonBody json = JsonBody.of(body, JsonBody.fields("slot"));
        String slot = json.text("slot");
        Instant parsed = null;
        if (slot != null) {
            try {
                parsed = Instant.parse(slot.strip());
            } catch (DateTimeParseException e) {
                json.error("slot", "is a scheduled midnight as a UTC instant, such as 2026-11-03T05:00:00Z; not '"
                        + slot + "'");
            }
        }
        json.complete();
        return Optional.ofNullable(parsed);
    }

    static JsonObject status(ExportStatus status, ReportLimits limits) {
        ScheduledExport export = status.export();
        ExportSchedule schedule = export.schedule();
        TimeRange covers = export.covers(status.nextRun(), limits);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", export.name())
                .add("origin", export.origin().name())
                .add("recurrence", schedule.recurrence().name())
                .add("days", weekdays(schedule.days()))
                .add("timeZone", schedule.timeZone().getId())
                .add("prefix", schedule.prefix())
                .add("since", instant(export.since()))
                .add("nextRun", Json.createObjectBuilder()
                        .add("slot", instant(status.nextRun().scheduled()))
                        .add("covers", Json.createObjectBuilder()
                                .add("start", ReportFormat.time(covers.start(), schedule.timeZone()))
                                .add("end", ReportFormat.time(covers.end(), schedule.timeZone()))));
        status.latestRun().ifPresentOrElse(r -> json.add("latestRun", run(r)), () -> json.addNull("latestRun"));
        return json.build();
    }

    static JsonObject run(ExportRun run) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", run.id())
                .add("export", run.exportId())
                .add("origin", run.origin().name())
                .add("slot", instant(run.slot()))
                .add("attempt", run.attempt())
                .add("trigger", run.trigger().name())
                .add("started", instant(run.started()));
        nullable(json, "finished", run.finished() == null ? null : instant(run.finished()));
        json.add("result", run.result().name());
        nullable(json, "objectKey", run.objectKey());
        if (run.rowCount() == null) {
            json.addNull("rowCount");
        } else {
            json.add("rowCount", run.rowCount());
        }
        nullable(json, "error", run.error());
        return json.build();
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** Monday first, as a week is read. */
    private static JsonArrayBuilder weekdays(Set<DayOfWeek> days) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        days.stream().sorted().forEach(d -> array.add(d.name()));
        return array;
    }

    static JsonArrayBuilder sorted(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.stream().sorted().forEach(array::add);
        return array;
    }
}
