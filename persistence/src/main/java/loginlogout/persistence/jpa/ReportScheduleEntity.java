package loginlogout.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;
import loginlogout.domain.schedule.ExportSchedule;
import loginlogout.domain.schedule.Recurrence;
import loginlogout.domain.schedule.ReportSchedule;

/** A saved report's schedule; the weekdays as a comma-separated list. */
@Entity
@Table(name = "report_schedule")
public class ReportScheduleEntity {

    @Id
    @Column(name = "saved_report_id")
    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recurrence", nullable = false)
    private Recurrence recurrence;

    @Column(name = "days", nullable = false)
    private String days;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "prefix", nullable = false)
    private String prefix;

    @Column(name = "since_at", nullable = false)
    private Long since;

    @Column(name = "file_stem", nullable = false)
    private String stem;

    protected ReportScheduleEntity() {
    }

    ReportScheduleEntity(long reportId) {
        this.reportId = reportId;
    }

    void update(ReportSchedule schedule, String fileStem) {
        ExportSchedule s = schedule.schedule();
        stem = fileStem;
        recurrence = s.recurrence();
        days = s.days().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        timeZone = s.timeZone().getId();
        prefix = s.prefix();
        since = EpochNanos.of(schedule.since());
    }

    ReportSchedule toReportSchedule() {
        var weekdays = days.isEmpty() ? java.util.Set.<DayOfWeek>of()
                : Arrays.stream(days.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toSet());
        return new ReportSchedule(reportId, new ExportSchedule(recurrence, weekdays, ZoneId.of(timeZone), prefix),
                EpochNanos.toInstant(since));
    }
}
