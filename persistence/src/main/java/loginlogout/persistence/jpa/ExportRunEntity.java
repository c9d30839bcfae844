package loginlogout.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import loginlogout.domain.schedule.ExportResult;
import loginlogout.domain.schedule.ExportRun;
import loginlogout.domain.schedule.RunTrigger;

/** One attempt at a slot of a scheduled export. */
@Entity
@Table(name = "export_run")
public class ExportRunEntity {

    @Id
    @SequenceGenerator(name = "export_run_seq", sequenceName = "export_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "export_run_seq")
    private Long id;

    @Column(name = "export_id", nullable = false)
    private String exportId;

    @Column(name = "slot", nullable = false)
    private Long slot;

    @Column(name = "attempt", nullable = false)
    private Integer attempt;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger", nullable = false)
    private RunTrigger trigger;

    @Column(name = "started", nullable = false)
    private Long started;

    @Column(name = "finished")
    private Long finished;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false)
    private ExportResult result;

    @Column(name = "object_key")
    private String objectKey;

    @Column(name = "row_count")
    private Integer rowCount;

    @Column(name = "error")
    private String error;

    protected ExportRunEntity() {
    }

    ExportRunEntity(String exportId, Instant slot, int attempt, RunTrigger trigger, Instant started) {
        this.exportId = exportId;
        this.slot = EpochNanos.of(slot);
        this.attempt = attempt;
        this.trigger = trigger;
        this.started = EpochNanos.of(started);
        this.result = ExportResult.RUNNING;
    }

    /** The column holds 2,000 characters; a longer message keeps its start, which says what failed. */
    void finish(ExportRun run) {
        finished = EpochNanos.of(run.finished());
        result = run.result();
        objectKey = run.objectKey();
        rowCount = run.rowCount();
        error = run.error() == null || run.error().length() <= 2000 ? run.error() : run.error().substring(0, 1997) + "...";
    }

    ExportRun toExportRun() {
        return new ExportRun(id, exportId, EpochNanos.toInstant(slot), attempt, trigger, EpochNanos.toInstant(started),
                EpochNanos.toInstant(finished), result, objectKey, rowCount, error);
    }
}
