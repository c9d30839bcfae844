package loginlogout.domain.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import loginlogout.domain.failure.InvalidInputException;
import loginlogout.domain.report.TimeRange;

/**
 * When a saved report is exported: at 00:00 in the schedule's zone, every day or on chosen weekdays,
 * each run covering the calendar day before it. A run at midnight on Wednesday holds Tuesday and nothing
 * of Wednesday.
 */
public record ExportSchedule(Recurrence recurrence, Set<DayOfWeek> days, ZoneId timeZone, String prefix) {

    public ExportSchedule {
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(timeZone, "timeZone");
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        if (recurrence == Recurrence.WEEKLY && days.isEmpty()) {
            throw new InvalidInputException("days", "A WEEKLY schedule runs on at least one day, such as [\"MONDAY\"].");
        }
        if (recurrence == Recurrence.DAILY && !days.isEmpty()) {
            throw new InvalidInputException("days", "Days are for WEEKLY schedules; a DAILY one runs every day.");
        }
        prefix = ExportKey.checkedPrefix(prefix);
    }

    /** Whether the schedule runs at the midnight that starts this date. */
    public boolean runsOn(LocalDate date) {
        return recurrence == Recurrence.DAILY || days.contains(date.getDayOfWeek());
    }

    /** The run at the midnight that starts this date (the first instant of the day, if midnight is skipped). */
    public ExportSlot slotOn(LocalDate date) {
        Instant midnight = date.atStartOfDay(timeZone).toInstant();
        return new ExportSlot(midnight, new TimeRange(date.minusDays(1).atStartOfDay(timeZone).toInstant(), midnight));
    }

    /** The run due at exactly this instant, if it is one of the schedule's. */
    public Optional<ExportSlot> slotAt(Instant instant) {
        LocalDate date = instant.atZone(timeZone).toLocalDate();
        return runsOn(date) && slotOn(date).scheduled().equals(instant) ? Optional.of(slotOn(date)) : Optional.empty();
    }

    /** The runs due after {@code after} and at or before {@code until}, oldest first. */
    public List<ExportSlot> slotsBetween(Instant after, Instant until) {
        List<ExportSlot> slots = new ArrayList<>();
        for (LocalDate date = after.atZone(timeZone).toLocalDate(); ; date = date.plusDays(1)) {
            ExportSlot slot = slotOn(date);
            if (slot.scheduled().isAfter(until)) {
                return slots;
            }
            if (runsOn(date) && slot.scheduled().isAfter(after)) {
                slots.add(slot);
            }
        }
    }

    /** The latest run due at or before this instant. */
    public ExportSlot latestDueAt(Instant now) {
        for (LocalDate date = now.atZone(timeZone).toLocalDate(); ; date = date.minusDays(1)) {
            if (runsOn(date) && !slotOn(date).scheduled().isAfter(now)) {
                return slotOn(date);
            }
        }
    }

    /** The next run after this instant. */
    public ExportSlot nextAfter(Instant now) {
        for (LocalDate date = now.atZone(timeZone).toLocalDate(); ; date = date.plusDays(1)) {
            if (runsOn(date) && slotOn(date).scheduled().isAfter(now)) {
                return slotOn(date);
            }
        }
    }
}
