package loginlogout.domain.schedule;

/** How often a scheduled report runs: every day, or on chosen weekdays. */
public enum Recurrence {
    DAILY,
    WEEKLY
}
