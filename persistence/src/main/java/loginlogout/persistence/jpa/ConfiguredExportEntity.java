package loginlogout.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An export from configuration: its definition as last seen, and since when it has had it. */
@Entity
@Table(name = "configured_export")
public class ConfiguredExportEntity {

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "definition", nullable = false)
    private String definition;

    @Column(name = "since_at", nullable = false)
    private Long since;

    protected ConfiguredExportEntity() {
    }

    ConfiguredExportEntity(String name, String definition, Instant since) {
        this.name = name;
        define(definition, since);
    }

    boolean hasDefinition(String other) {
        return definition.equals(other);
    }

    void define(String newDefinition, Instant newSince) {
        definition = newDefinition;
        since = EpochNanos.of(newSince);
    }

    Instant since() {
        return EpochNanos.toInstant(since);
    }
}
