package loginlogout.domain.report;

/** A report setting that cannot make a report, naming the setting and what would be accepted. */
public final class InvalidReportDefinitionException extends RuntimeException {

    private final String setting;

    public InvalidReportDefinitionException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    /** The setting's name as the API calls it: {@code range}, {@code start}, {@code end}, {@code timeZone}. */
    public String setting() {
        return setting;
    }
}
