package loginlogout.domain.schedule;

/** What started a run: the schedule (on time, a catch-up or a retry), or a user's "run now". */
public enum RunTrigger {
    SCHEDULED,
    MANUAL
}
