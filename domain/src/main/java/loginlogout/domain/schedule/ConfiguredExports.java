package loginlogout.domain.schedule;

import java.util.List;

/** The exports defined in the service's configuration ({@code exports.<name>.*}). */
public interface ConfiguredExports {

    /** By name. */
    List<ScheduledExport> all();
}
