package loginlogout.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * The ingestion floor: what the database itself costs for the statements the service runs for a batch of
 * 1,000 live events (each after its user's history), sent by plain JDBC in this process, with no HTTP,
 * JSON, JPA or session rules. Per batch, as the service does: lock the users, look up the source ids,
 * read the users' last sessions and their events, insert the events, update the users, delete the
 * sessions that change and insert the new ones, commit.
 *
 * <p>It writes for the history's own 5,000 agents, whose rows are spread over every index as the
 * service's writes are. Its events are in 2100, each agent's first one a login, so no stored session
 * changes; afterwards its events and sessions are deleted and the agents' rows restored, and the
 * history goes on as if it had not run.
 */
final class IngestionFloor {

    private static final long HOUR = 3_600_000_000_000L;
    private static final long START = 4_102_444_800_000_000_000L; // 2100-01-01T00:00:00Z in nanoseconds

    private final Connection db;
    private final Random random = new Random(Bench.SEED);
    private final List<String> agents = new ArrayList<>();
    private final List<Object[]> storedAgents = new ArrayList<>();
    private final Map<String, long[]> latest = new HashMap<>(); // user -> {event id, time}
    private final Map<String, Long> openLogin = new HashMap<>(); // user -> login event id of an open session
    private long nextEventId;
    private long nextSessionId;
    private long time = START;
    private int batch;

    private IngestionFloor(Connection db) {
        this.db = db;
    }

    /** Events per second over {@code batches} timed batches after {@code warmUp} untimed ones. */
    static double measure(String url, String user, String password, int warmUp, int batches) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            IngestionFloor floor = new IngestionFloor(db);
            floor.readAgents();
            try {
                for (int i = 0; i < warmUp; i++) {
                    floor.batch();
                }
                long started = System.nanoTime();
                for (int i = 0; i < batches; i++) {
                    floor.batch();
                }
                return batches * (double) Ingestion.BATCH / ((System.nanoTime() - started) / 1e9);
            } finally {
                floor.deleteAll();
            }
        }
    }

    private static final String AGENT_STATE = "first_name, last_name, routing_profile, hierarchy_1, hierarchy_2,"
            + " hierarchy_3, hierarchy_4, hierarchy_5, attributes_as_of, latest_event_id, latest_event_time";

    /** The agents' rows as they are, to restore, and their latest events, whose sessions a batch reads. */
    private void readAgents() throws SQLException {
        for (int agent = 0; agent < EventHistory.AGENTS; agent++) {
            agents.add(String.format("agent%04d", agent));
        }
        nextEventId = max("agent_event") + 1_000_000;
        nextSessionId = max("login_session") + 1_000_000;
        forChunks("SELECT username, " + AGENT_STATE + " FROM agent_user WHERE username IN (%s)", agents.size(),
                (p, at, v) -> p.setString(at, agents.get(v)), statement -> {
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            Object[] row = new Object[12];
                            for (int column = 0; column < row.length; column++) {
                                row[column] = result.getObject(column + 1);
                            }
                            storedAgents.add(row);
                            if (row[10] != null) {
                                latest.put((String) row[0], new long[] {((Number) row[10]).longValue(),
                                    ((Number) row[11]).longValue()});
                            }
                        }
                    }
                });
        if (storedAgents.size() != agents.size()) {
            throw new IllegalStateException("the ingestion floor needs the history's " + agents.size()
                    + " agents stored; " + storedAgents.size() + " are");
        }
        db.commit();
    }

    private long max(String table) throws SQLException {
        try (Statement query = db.createStatement();
             ResultSet result = query.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void batch() throws SQLException {
        List<String> eventUsers = new ArrayList<>();
        for (int i = 0; i < Ingestion.BATCH; i++) {
            eventUsers.add(agents.get(random.nextInt(agents.size())));
        }
        List<String> users = new ArrayList<>(new TreeSet<>(eventUsers));
        query("SELECT id, latest_event_id FROM agent_user WHERE username IN (%s) ORDER BY username FOR UPDATE",
                users.size(), (p, at, v) -> p.setString(at, users.get(v)));
        List<String> sourceIds = new ArrayList<>();
        for (int i = 0; i < eventUsers.size(); i++) {
            sourceIds.add("floor-" + batch + "-" + i);
        }
        query("SELECT source_event_id FROM agent_event WHERE source_event_id IN (%s)", sourceIds.size(),
                (p, at, v) -> p.setString(at, sourceIds.get(v)));
        List<Long> latestIds = users.stream().filter(latest::containsKey).map(u -> latest.get(u)[0]).toList();
        for (String end : new String[] {"login_event_id", "logout_event_id"}) {
            query("SELECT * FROM login_session WHERE " + end + " IN (%s)", latestIds.size(),
                    (p, at, v) -> p.setLong(at, latestIds.get(v)));
        }
        query("SELECT * FROM agent_event WHERE id IN (%s)", latestIds.size(), (p, at, v) -> p.setLong(at, latestIds.get(v)));
        query("SELECT username, agent_id FROM agent_user WHERE username IN (%s)", users.size(),
                (p, at, v) -> p.setString(at, users.get(v)));

        List<Long> replacedLogins = new ArrayList<>();
        Map<Long, SessionRow> sessionRows = new LinkedHashMap<>();
        try (PreparedStatement events = db.prepareStatement("INSERT INTO agent_event (id, source_event_id, username,"
                + " agent_id, event_type, event_time, has_snapshot, first_name, last_name, routing_profile, hierarchy_1,"
                + " hierarchy_2, hierarchy_3, hierarchy_4, hierarchy_5) VALUES (?, ?, ?, NULL, ?, ?, TRUE, ?, ?, ?, ?, ?,"
                + " ?, NULL, NULL)");
             PreparedStatement sessions = db.prepareStatement("INSERT INTO login_session (id, username, login_event_id,"
                     + " login_time, logout_event_id, logout_time, first_name, last_name, routing_profile, hierarchy_1,"
                     + " hierarchy_2, hierarchy_3, hierarchy_4, hierarchy_5) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                     + " NULL, NULL)")) {
            for (int i = 0; i < eventUsers.size(); i++) {
                String user = eventUsers.get(i);
                long id = nextEventId++;
                time += HOUR / Ingestion.BATCH;
                Long login = openLogin.remove(user);
                events.setLong(1, id);
                events.setString(2, sourceIds.get(i));
                events.setString(3, user);
                events.setString(4, login == null ? "LOGIN" : "LOGOUT");
                events.setLong(5, time);
                attributes(events, 6, i);
                events.addBatch();
                // A login opens a session; a logout closes the open one, which is deleted and written anew
                // (or, opened in this batch, written once).
                if (login == null) {
                    openLogin.put(user, id);
                    sessionRows.put(id, new SessionRow(user, id, time, null, null, i));
                } else {
                    if (!sessionRows.containsKey(login)) {
                        replacedLogins.add(login);
                    }
                    sessionRows.put(login, new SessionRow(user, login, latest.get(user)[1], id, time, i));
                }
                latest.put(user, new long[] {id, time});
            }
            for (SessionRow row : sessionRows.values()) {
                sessions.setLong(1, nextSessionId++);
                sessions.setString(2, row.user());
                sessions.setLong(3, row.login());
                sessions.setLong(4, row.loginTime());
                if (row.logout() == null) {
                    sessions.setNull(5, Types.BIGINT);
                    sessions.setNull(6, Types.BIGINT);
                } else {
                    sessions.setLong(5, row.logout());
                    sessions.setLong(6, row.logoutTime());
                }
                attributes(sessions, 7, row.seed());
                sessions.addBatch();
            }
            events.executeBatch();
            try (PreparedStatement update = db.prepareStatement("UPDATE agent_user SET first_name = ?, last_name = ?,"
                    + " routing_profile = ?, hierarchy_1 = ?, hierarchy_2 = ?, hierarchy_3 = ?, hierarchy_4 = NULL,"
                    + " hierarchy_5 = NULL, attributes_as_of = ?, latest_event_id = ?, latest_event_time = ?"
                    + " WHERE username = ?")) {
                for (String user : users) {
                    attributes(update, 1, user.hashCode());
                    update.setLong(7, latest.get(user)[1]);
                    update.setLong(8, latest.get(user)[0]);
                    update.setLong(9, latest.get(user)[1]);
                    update.setString(10, user);
                    update.addBatch();
                }
                update.executeBatch();
            }
            for (String end : new String[] {"login_event_id", "logout_event_id"}) {
                update("DELETE FROM login_session WHERE " + end + " IN (%s)", replacedLogins.size(),
                        (p, at, v) -> p.setLong(at, replacedLogins.get(v)));
            }
            sessions.executeBatch();
        }
        db.commit();
        batch++;
    }

    private record SessionRow(String user, long login, long loginTime, Long logout, Long logoutTime, int seed) {
    }

    private static void attributes(PreparedStatement statement, int at, int seed) throws SQLException {
        statement.setString(at, "First " + Math.floorMod(seed, 10));
        statement.setString(at + 1, "Last " + Math.floorMod(seed, 8));
        statement.setString(at + 2, "Profile " + Math.floorMod(seed, 5));
        statement.setString(at + 3, "EMEA");
        statement.setString(at + 4, "Site " + Math.floorMod(seed, 4));
        statement.setString(at + 5, "Team " + Math.floorMod(seed, 20));
    }

    private void deleteAll() throws SQLException {
        db.rollback();
        try (Statement delete = db.createStatement()) {
            delete.executeUpdate("DELETE FROM login_session WHERE login_time >= " + START);
            delete.executeUpdate("DELETE FROM login_session WHERE logout_time >= " + START);
        }
        try (PreparedStatement events = db.prepareStatement(
                "DELETE FROM agent_event WHERE username = ? AND event_time >= " + START);
             PreparedStatement restore = db.prepareStatement("UPDATE agent_user SET " + AGENT_STATE.replace(",", " = ?,")
                     + " = ? WHERE username = ?")) {
            for (Object[] row : storedAgents) {
                events.setString(1, (String) row[0]);
                events.addBatch();
                for (int column = 1; column < row.length; column++) {
                    restore.setObject(column, row[column]);
                }
                restore.setString(row.length, (String) row[0]);
                restore.addBatch();
            }
            events.executeBatch();
            restore.executeBatch();
        }
        db.commit();
    }

    private interface Binder {
        void bind(PreparedStatement statement, int parameter, int value) throws SQLException;
    }

    // IN lists of at most 500 values, as the service's.
    private void query(String sql, int count, Binder binder) throws SQLException {
        forChunks(sql, count, binder, statement -> {
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    result.getObject(1);
                }
            }
        });
    }

    private void update(String sql, int count, Binder binder) throws SQLException {
        forChunks(sql, count, binder, PreparedStatement::executeUpdate);
    }

    private interface Execution {
        void run(PreparedStatement statement) throws SQLException;
    }

    private void forChunks(String sql, int count, Binder binder, Execution execution) throws SQLException {
        for (int from = 0; from < count; from += 500) {
            int size = Math.min(500, count - from);
            try (PreparedStatement statement = db.prepareStatement(String.format(sql,
                    String.join(", ", Collections.nCopies(size, "?"))))) {
                for (int i = 0; i < size; i++) {
                    binder.bind(statement, i + 1, from + i);
                }
                execution.run(statement);
            }
        }
    }
}
