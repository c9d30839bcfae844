package loginlogout.domain.savedreport;

import loginlogout.domain.access.Permission;
import loginlogout.domain.access.SignedInUser;
import loginlogout.domain.failure.NotFoundException;

/**
 * Who may see and change a saved report. A report is private to its owner until published; a private
 * report of another user is not found, for everyone. {@code AgentTimeCard.Edit} also edits any published
 * report.
 */
public final class ReportAccess {

    private ReportAccess() {
    }

    /** The report, if this user may open it. */
    public static SavedReport visible(SavedReportStore store, SignedInUser user, long id) {
        return store.find(id)
                .filter(r -> r.owner().equals(user.username()) || r.published())
                .orElseThrow(() -> new NotFoundException("There is no saved report " + id + " that you may open."));
    }

    public static boolean mayEdit(SignedInUser user, SavedReport report) {
        return report.owner().equals(user.username())
                || (report.published() && user.may(Permission.AGENT_TIME_CARD_EDIT));
    }
}
