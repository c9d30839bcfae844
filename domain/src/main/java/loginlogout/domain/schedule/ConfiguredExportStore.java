package loginlogout.domain.schedule;

import java.time.Instant;

/** Remembers when each export from configuration was first seen: its schedule exists since then. */
public interface ConfiguredExportStore {

    /** When the export of this name was first seen, recording {@code now} if it is new. */
    Instant firstSeen(String name, Instant now);
}
