package loginlogout.domain.schedule;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import loginlogout.domain.event.SupportedPeriod;
import loginlogout.domain.failure.InvalidInputException;
import loginlogout.domain.report.RangePreset;
import loginlogout.domain.report.ReportDefinition;
import loginlogout.domain.report.ReportLimits;
import loginlogout.domain.report.ReportRange;
import loginlogout.domain.report.SessionFilter;
import loginlogout.domain.report.TimeRange;
import loginlogout.domain.savedreport.SavedReport;

/**
 * Something the engine exports on a schedule: a saved report's schedule, or an export from configuration.
 * Either way a run is the report of {@link #report()} as of the slot's midnight, so the CSV is the same
 * bytes as the on-demand CSV of that range and those settings.
 *
 * @param id     the key of its run history: {@code saved-report:<id>} or {@code configuration:<name>}
 * @param name   the report name in the object key
 * @param report the settings; the range is resolved as of each slot's midnight
 * @param since  slots at or before it are not this export's
 */
public record ScheduledExport(String id, ExportOrigin origin, String name, ExportSchedule schedule,
                              ReportDefinition report, Instant since) {

    public ScheduledExport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(since, "since");
    }

    public static String savedReportId(long reportId) {
        return "saved-report:" + reportId;
    }

    public static String configurationId(String name) {
        return "configuration:" + name;
    }

    /**
     * A saved report's schedule. The seed's scheduled report always covers the 24 hours before its
     * midnight, whatever range was saved: the previous calendar day in the schedule's zone, in which its
     * times are shown too. The saved filters apply.
     */
    public static ScheduledExport of(SavedReport report, ReportSchedule schedule) {
        ReportDefinition settings = new ReportDefinition(ReportRange.of(RangePreset.YESTERDAY),
                schedule.schedule().timeZone(), report.definition().filter());
        return new ScheduledExport(savedReportId(report.id()), ExportOrigin.SAVED_REPORT, report.name(),
                schedule.schedule(), settings, schedule.since());
    }

    /**
     * An export from configuration, with its own range preset, resolved at each slot's midnight. TODAY
     * would always be empty there, and a CUSTOM range would export the same days every time.
     */
    public static ScheduledExport configured(String name, ExportSchedule schedule, RangePreset range,
                                             SessionFilter filter, Instant since) {
        if (range == RangePreset.TODAY || range == RangePreset.CUSTOM) {
            throw new InvalidInputException("range", "An export's range is YESTERDAY, LAST_24_HOURS, LAST_2_DAYS or"
                    + " LAST_3_DAYS, counted back from the midnight it runs at; " + range + " is not one.");
        }
        return new ScheduledExport(configurationId(name), ExportOrigin.CONFIGURATION, name, schedule,
                new ReportDefinition(ReportRange.of(range), schedule.timeZone(), filter), since);
    }

    /** The slot due at this instant; a 400 on {@code slot} when the schedule has no run then. */
    public ExportSlot slotAt(Instant instant, Instant now) {
        if (!SupportedPeriod.contains(instant)) {
            throw new InvalidInputException("slot", "A slot is a midnight " + SupportedPeriod.DESCRIPTION + "; "
                    + DateTimeFormatter.ISO_INSTANT.format(instant) + " is not.");
        }
        ExportSlot slot = schedule.slotAt(instant).orElseThrow(() -> new InvalidInputException("slot",
                DateTimeFormatter.ISO_INSTANT.format(instant) + " is not one of this schedule's runs, which are at"
                        + " 00:00 " + schedule.timeZone().getId() + describeDays() + ", such as "
                        + DateTimeFormatter.ISO_INSTANT.format(schedule.latestDueAt(now).scheduled()) + "."));
        if (slot.scheduled().isAfter(now)) {
            throw new InvalidInputException("slot", DateTimeFormatter.ISO_INSTANT.format(instant) + " is not due"
                    + " yet; a run covers the day before its midnight, so only past slots can run.");
        }
        return slot;
    }

    /** What a run of this slot covers: the day before a saved report's midnight, or the configured range. */
    public TimeRange covers(ExportSlot slot, ReportLimits limits) {
        return report.range().resolve(report.timeZone(), slot.scheduled(), limits);
    }

    public String objectKey(String root, ExportSlot slot) {
        return ExportKey.of(root, schedule.prefix(), name, slot.scheduled());
    }

    private String describeDays() {
        return schedule.recurrence() == Recurrence.DAILY ? " every day"
                : " on " + schedule.days().stream().sorted().map(Enum::name).toList();
    }
}
