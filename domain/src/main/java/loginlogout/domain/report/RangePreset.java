package loginlogout.domain.report;

/** The seed's choices of time range. */
public enum RangePreset {
    /** Local midnight today until now. */
    TODAY,
    /** The 24 hours before now. */
    LAST_24_HOURS,
    /** The calendar day before today. */
    YESTERDAY,
    /** The two calendar days before today. */
    LAST_2_DAYS,
    /** The three calendar days before today. */
    LAST_3_DAYS,
    /** A start and an end given as local date-times. */
    CUSTOM
}
