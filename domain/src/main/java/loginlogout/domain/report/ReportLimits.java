package loginlogout.domain.report;

/** How large a report may be: at most {@code maxRows} rows, a custom range of at most {@code maxRangeDays}. */
public record ReportLimits(int maxRows, int maxRangeDays) {

    public static final ReportLimits SEED_DEFAULTS = new ReportLimits(10_000, 7);

    public ReportLimits {
        if (maxRows < 1 || maxRangeDays < 1) {
            throw new IllegalArgumentException("report limits are positive: " + maxRows + " rows, "
                    + maxRangeDays + " days");
        }
    }
}
