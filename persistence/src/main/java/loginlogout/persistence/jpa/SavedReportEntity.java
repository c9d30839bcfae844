package loginlogout.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import loginlogout.domain.report.RangePreset;
import loginlogout.domain.report.ReportDefinition;
import loginlogout.domain.report.ReportRange;
import loginlogout.domain.report.SessionFilter;
import loginlogout.domain.savedreport.SavedReport;

/** A saved report's settings. */
@Entity
@Table(name = "saved_report")
public class SavedReportEntity {

    @Id
    @SequenceGenerator(name = "saved_report_seq", sequenceName = "saved_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_report_seq")
    private Long id;

    @Column(name = "owner", nullable = false)
    private String owner;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "range_preset", nullable = false)
    private RangePreset preset;

    @Column(name = "custom_start")
    private String customStart;

    @Column(name = "custom_end")
    private String customEnd;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "updated_at", nullable = false)
    private long updatedAt;

    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "saved_report_filter", joinColumns = @JoinColumn(name = "report_id"))
    private List<FilterValue> filters = new ArrayList<>();

    protected SavedReportEntity() {
    }

    static SavedReportEntity of(String owner, long createdAt) {
        SavedReportEntity entity = new SavedReportEntity();
        entity.owner = owner;
        entity.createdAt = createdAt;
        return entity;
    }

    long version() {
        return version;
    }

    void update(String newName, ReportDefinition definition, boolean newPublished, long now) {
        name = newName;
        preset = definition.range().preset();
        customStart = definition.range().customStart() == null ? null : definition.range().customStart().toString();
        customEnd = definition.range().customEnd() == null ? null : definition.range().customEnd().toString();
        timeZone = definition.timeZone().getId();
        published = newPublished;
        updatedAt = now;
        version++;
        filters.clear();
        SessionFilter filter = definition.filter();
        filter.agents().stream().sorted().forEach(v -> filters.add(new FilterValue(FilterValue.AGENT, v)));
        filter.routingProfiles().stream().sorted().forEach(v -> filters.add(new FilterValue(FilterValue.ROUTING_PROFILE, v)));
        filter.hierarchyGroups().stream().sorted().forEach(v -> filters.add(new FilterValue(FilterValue.HIERARCHY_GROUP, v)));
    }

    SavedReport toSavedReport() {
        ReportRange range = new ReportRange(preset, customStart == null ? null : LocalDateTime.parse(customStart),
                customEnd == null ? null : LocalDateTime.parse(customEnd));
        SessionFilter filter = new SessionFilter(values(FilterValue.AGENT), values(FilterValue.ROUTING_PROFILE),
                values(FilterValue.HIERARCHY_GROUP));
        return new SavedReport(id, owner, name, new ReportDefinition(range, ZoneId.of(timeZone), filter), published,
                EpochNanos.toInstant(createdAt), EpochNanos.toInstant(updatedAt), version);
    }

    private Set<String> values(String kind) {
        return filters.stream().filter(f -> f.kind().equals(kind)).map(FilterValue::value).collect(Collectors.toSet());
    }
}
