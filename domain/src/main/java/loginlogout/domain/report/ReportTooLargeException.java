package loginlogout.domain.report;

/** A report that would hold more rows than the limit; no part of it is produced. */
public final class ReportTooLargeException extends RuntimeException {

    private final int maxRows;

    public ReportTooLargeException(int maxRows) {
        super("The report has more than " + maxRows + " rows, the most one report may hold. "
                + "Shorten the time range or add filters (agent, routing profile, hierarchy group).");
        this.maxRows = maxRows;
    }

    public int maxRows() {
        return maxRows;
    }
}
