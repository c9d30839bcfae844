package loginlogout.domain.schedule;

/** Where a scheduled export is defined: a saved report's schedule, or the service's configuration. */
public enum ExportOrigin {
    SAVED_REPORT,
    CONFIGURATION
}
