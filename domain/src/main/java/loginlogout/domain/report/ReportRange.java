package loginlogout.domain.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import loginlogout.domain.event.SupportedPeriod;

/**
 * The time range a report asks for: a preset, or a custom start and end as local date-times. It is
 * resolved into instants in the report's zone when the report is made, so a saved "yesterday" stays
 * yesterday.
 */
public record ReportRange(RangePreset preset, LocalDateTime customStart, LocalDateTime customEnd) {

    public ReportRange {
        Objects.requireNonNull(preset, "preset");
        if (preset == RangePreset.CUSTOM) {
            if (customStart == null) {
                throw new InvalidReportDefinitionException("start",
                        "A CUSTOM range needs a start, a local date-time such as 2026-11-02T00:00:00.");
            }
            if (customEnd == null) {
                throw new InvalidReportDefinitionException("end",
                        "A CUSTOM range needs an end, a local date-time such as 2026-11-03T00:00:00.");
            }
            for (LocalDateTime bound : new LocalDateTime[] {customStart, customEnd}) {
                if (!SupportedPeriod.contains(bound)) {
                    throw new InvalidReportDefinitionException(bound == customStart ? "start" : "end",
                            "Reports cover times " + SupportedPeriod.DESCRIPTION + "; " + bound + " is outside.");
                }
            }
            if (!customStart.isBefore(customEnd)) {
                throw new InvalidReportDefinitionException("end",
                        "The end (" + customEnd + ") must be after the start (" + customStart + ").");
            }
        } else if (customStart != null || customEnd != null) {
            throw new InvalidReportDefinitionException(customStart != null ? "start" : "end",
                    "start and end are only for range=CUSTOM; the range " + preset + " sets its own.");
        }
    }

    public static ReportRange of(RangePreset preset) {
        return new ReportRange(preset, null, null);
    }

    public static ReportRange custom(LocalDateTime start, LocalDateTime end) {
        return new ReportRange(RangePreset.CUSTOM, start, end);
    }

    /**
     * The instants this range covers in the zone, at this moment. Local times skipped by a clock change
     * move forward by the gap and repeated ones take the earlier offset, as {@link ZonedDateTime#of} does.
     */
    public TimeRange resolve(ZoneId zone, Instant now, ReportLimits limits) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return switch (preset) {
            case TODAY -> new TimeRange(midnight(today, zone), now);
            case LAST_24_HOURS -> new TimeRange(now.minus(Duration.ofHours(24)), now);
            case YESTERDAY -> new TimeRange(midnight(today.minusDays(1), zone), midnight(today, zone));
            case LAST_2_DAYS -> new TimeRange(midnight(today.minusDays(2), zone), midnight(today, zone));
            case LAST_3_DAYS -> new TimeRange(midnight(today.minusDays(3), zone), midnight(today, zone));
            case CUSTOM -> customIn(zone, limits);
        };
    }

    private TimeRange customIn(ZoneId zone, ReportLimits limits) {
        // Counted in calendar days of the zone, so a week across a clock change is still a week.
        if (customEnd.isAfter(customStart.plusDays(limits.maxRangeDays()))) {
            throw new InvalidReportDefinitionException("end", "A custom range may be at most "
                    + limits.maxRangeDays() + " days long; " + customStart + " to " + customEnd
                    + " is longer. Choose an end at or before " + customStart.plusDays(limits.maxRangeDays()) + ".");
        }
        return new TimeRange(ZonedDateTime.of(customStart, zone).toInstant(),
                ZonedDateTime.of(customEnd, zone).toInstant());
    }

    private static Instant midnight(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
