package loginlogout.domain.schedule;

import java.time.Instant;

/** Remembers since when each export from configuration has had its definition. */
public interface ConfiguredExportStore {

    /**
     * Since when the export of this name has had this definition: {@code now} when it is new, or when its
     * definition changed since it was last seen.
     */
    Instant since(String name, String definition, Instant now);
}
