package loginlogout.domain.schedule;

import java.util.List;
import java.util.Optional;

/** The schedules of saved reports, at most one per report. */
public interface ScheduleStore {

    Optional<ReportSchedule> find(long reportId);

    /** Stores the schedule, replacing the report's previous one. */
    void put(ReportSchedule schedule);

    void delete(long reportId);

    List<ReportSchedule> all();
}
