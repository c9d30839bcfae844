/**
 * The Login/Logout report's rules: events, sessions, time ranges, filters, rows and the CSV layout,
 * with the store interfaces they need. Pure Java; every other module calls these rules.
 */
module loginlogout.domain {
    requires com.opencsv;

    exports loginlogout.domain.event;
    exports loginlogout.domain.session;
    exports loginlogout.domain.recording;
    exports loginlogout.domain.report;
    exports loginlogout.domain.report.csv;
    exports loginlogout.domain.access;
    exports loginlogout.domain.savedreport;
    exports loginlogout.domain.failure;
    exports loginlogout.domain.schedule;
}
