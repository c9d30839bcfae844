package loginlogout.domain.schedule;

import java.util.List;
import java.util.Optional;

/** The schedules of saved reports, at most one per report. */
public interface ScheduleStore {

    Optional<ReportSchedule> find(long reportId);

    /**
     * Stores the schedule, replacing the report's previous one.
     *
     * @param stem what its keys start with (see {@link ExportKey#stem}); unique among schedules
     */
    void put(ReportSchedule schedule, String stem);

    /** The report whose schedule writes keys of this stem. */
    Optional<Long> reportWithStem(String stem);

    void delete(long reportId);

    List<ReportSchedule> all();
}
