package loginlogout.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When an export from configuration was first seen. */
@Entity
@Table(name = "configured_export")
public class ConfiguredExportEntity {

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "first_seen", nullable = false)
    private Long firstSeen;

    protected ConfiguredExportEntity() {
    }

    ConfiguredExportEntity(String name, Instant firstSeen) {
        this.name = name;
        this.firstSeen = EpochNanos.of(firstSeen);
    }

    Instant firstSeen() {
        return EpochNanos.toInstant(firstSeen);
    }
}
