package loginlogout.domain.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import loginlogout.domain.savedreport.SavedReportStore;
import loginlogout.domain.session.UnitOfWork;

/** Every scheduled export: the saved reports' schedules, then those from configuration. */
public final class ExportCatalog {

    private final ScheduleStore schedules;
    private final SavedReportStore reports;
    private final ConfiguredExports configured;
    private final UnitOfWork unitOfWork;

    public ExportCatalog(ScheduleStore schedules, SavedReportStore reports, ConfiguredExports configured,
                         UnitOfWork unitOfWork) {
        this.schedules = Objects.requireNonNull(schedules);
        this.reports = Objects.requireNonNull(reports);
        this.configured = Objects.requireNonNull(configured);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    public List<ScheduledExport> all() {
        List<ScheduledExport> all = new ArrayList<>(unitOfWork.inTransaction(() -> schedules.all().stream()
                .flatMap(s -> reports.find(s.reportId()).map(r -> ScheduledExport.of(r, s)).stream())
                .toList()));
        all.addAll(configured.all());
        return all;
    }

    /** The export from configuration of this name. */
    public Optional<ScheduledExport> configured(String name) {
        return configured.all().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public List<ScheduledExport> configured() {
        return configured.all();
    }
}
