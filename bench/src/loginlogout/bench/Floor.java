package loginlogout.bench;

import com.opencsv.CSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import loginlogout.domain.report.ReportFormat;

/**
 * The floor: the report's rows read by one plain JDBC query and written by OpenCSV into a byte buffer,
 * in this process. No HTTP, no JPA, no report rules beyond the query's.
 */
final class Floor {

    private static final String QUERY = """
            SELECT username, first_name, last_name, routing_profile, hierarchy_1, hierarchy_2, hierarchy_3,
                   hierarchy_4, hierarchy_5, login_time, logout_time
            FROM login_session WHERE login_time >= ? AND login_time < ?
            UNION ALL
            SELECT username, first_name, last_name, routing_profile, hierarchy_1, hierarchy_2, hierarchy_3,
                   hierarchy_4, hierarchy_5, NULL, logout_time
            FROM login_session WHERE logout_time >= ? AND logout_time < ? AND (login_time IS NULL OR login_time < ?)
            ORDER BY 1, 10, 11""";
    private static final String[] HEADER = {"User login", "First name", "Last name", "Routing profile",
        "Agent hierarchy", "Login time", "Logout time", "Duration"};

    private Floor() {
    }

    static Timings measure(String url, String user, String password, int warmUp, int runs) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            int rows = csv(db).rows;
            if (rows != EventHistory.REPORT_ROWS) {
                throw new IllegalStateException("the floor's query found " + rows + " rows, not "
                        + EventHistory.REPORT_ROWS);
            }
            return Timings.measure(warmUp, runs, () -> csv(db));
        }
    }

    private record Csv(byte[] bytes, int rows) {
    }

    private static Csv csv(Connection db) throws Exception {
        long start = nanos(EventHistory.REPORT_DAY.atStartOfDay().toInstant(ZoneOffset.UTC));
        long end = nanos(EventHistory.REPORT_DAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int rows = 0;
        try (PreparedStatement query = db.prepareStatement(QUERY)) {
            query.setLong(1, start);
            query.setLong(2, end);
            query.setLong(3, start);
            query.setLong(4, end);
            query.setLong(5, start);
            try (ResultSet result = query.executeQuery();
                 CSVWriter csv = new CSVWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8), ',', '"', '"',
                         "\r\n")) {
                csv.writeNext(HEADER, false);
                while (result.next()) {
                    Long login = (Long) result.getObject(10);
                    long logout = result.getLong(11);
                    boolean logoutShown = !result.wasNull() && logout < end;
                    csv.writeNext(new String[] {result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4), hierarchy(result), login == null ? null : time(login),
                        logoutShown ? time(logout) : null,
                        login != null && logoutShown ? duration((logout - login) / 1_000_000_000L) : null}, false);
                    rows++;
                }
            }
        }
        return new Csv(buffer.toByteArray(), rows);
    }

    private static String hierarchy(ResultSet result) throws Exception {
        StringBuilder path = new StringBuilder();
        for (int level = 5; level <= 9; level++) {
            String group = result.getString(level);
            if (group != null) {
                path.append(path.isEmpty() ? "" : " / ").append(group);
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static long nanos(Instant time) {
        return time.getEpochSecond() * 1_000_000_000L + time.getNano();
    }

    // The service's own formatting, so that the floor writes the same bytes at the same cost.
    private static String time(long nanos) {
        return ReportFormat.time(Instant.ofEpochSecond(0, nanos), ZoneOffset.UTC);
    }

    private static String duration(long seconds) {
        return ReportFormat.duration(Duration.ofSeconds(seconds));
    }
}
