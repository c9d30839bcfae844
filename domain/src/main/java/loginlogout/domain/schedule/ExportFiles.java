package loginlogout.domain.schedule;

import java.util.Objects;
import loginlogout.domain.failure.ConflictException;

/**
 * Keeps each schedule's files its own: two schedules with the same prefix and (file) name would write the
 * same keys and overwrite each other's exports, so the second one is refused.
 */
public final class ExportFiles {

    private final ScheduleStore schedules;
    private final ConfiguredExports configured;

    public ExportFiles(ScheduleStore schedules, ConfiguredExports configured) {
        this.schedules = Objects.requireNonNull(schedules);
        this.configured = Objects.requireNonNull(configured);
    }

    /**
     * The stem of a saved report's schedule with this prefix and report name, if no other export has it.
     *
     * @throws ConflictException when another export writes those files, or the name does not fit a file name
     */
    public String claim(long reportId, String reportName, String prefix) {
        ExportKey.checkedFileName(reportName);
        String stem = ExportKey.stem(prefix, reportName);
        schedules.reportWithStem(stem).filter(other -> other != reportId).ifPresent(other -> {
            throw new ConflictException("Saved report " + other + " is scheduled to write the same files, Reports/"
                    + stem + "-<slot>.csv; choose another prefix, or rename one of the reports.");
        });
        configured.all().stream().filter(e -> ExportKey.stem(e.schedule().prefix(), e.name()).equals(stem))
                .findFirst().ifPresent(e -> {
                    throw new ConflictException("The export '" + e.name() + "' from configuration writes the same"
                            + " files, Reports/" + stem + "-<slot>.csv; choose another prefix.");
                });
        return stem;
    }
}
