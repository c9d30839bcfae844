package loginlogout.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A contact center's event feed, the same for the same seed: 5,000 agents with routing profiles and
 * hierarchies, day shifts with a break, long days, night shifts across midnight, repeated logins,
 * logouts without logins, 2 % of the events redelivered and 5 % arriving late.
 *
 * <p>The first day is the benchmark's report: every agent works two sessions within it and nothing
 * else touches it, so its report has exactly {@code 2 * AGENTS} rows however long the history after it.
 */
final class EventHistory implements Iterator<String> {

    static final int AGENTS = 5_000;
    static final LocalDate REPORT_DAY = LocalDate.of(2026, 1, 5);
    static final int REPORT_ROWS = 2 * AGENTS;

    private static final String[] FIRST = {"Ana", "Ben", "Chloé", "Dmitri", "Eva", "Farid", "Grace", "Hiro", "Ines", "Jon"};
    private static final String[] LAST = {"Meyer", "Okafor", "Silva", "Nguyen", "Kowalski", "Haddad", "Larsen", "Ito"};
    private static final String[] PROFILES = {"Basic Routing", "Sales", "Support", "Billing", "Premium"};
    private static final String[] REGIONS = {"EMEA", "AMER", "APAC"};

    private final SplittableRandom random;
    private final PriorityQueue<Timed> today = new PriorityQueue<>();
    private final ArrayDeque<String> ready = new ArrayDeque<>();
    private final PriorityQueue<Delayed> delayed = new PriorityQueue<>();
    private LocalDate day = REPORT_DAY;
    private long sequence;
    private long emitted;

    EventHistory(long seed) {
        random = new SplittableRandom(seed);
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    /** The next event as it arrives, in the API's JSON shape. */
    @Override
    public String next() {
        while (ready.isEmpty()) {
            fill();
        }
        emitted++;
        return ready.poll();
    }

    // A day's sessions are generated at once; its events go out up to the next midnight, and a night
    // shift's logout waits for the next day's.
    private void fill() {
        generate(day);
        day = day.plusDays(1);
        Instant until = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        while (!today.isEmpty() && today.peek().time.isBefore(until)) {
            arrive(today.poll().json);
        }
    }

    // 5 % arrive 1 to 2,000 events late; 2 % arrive once more 1 to 5,000 events later.
    private void arrive(String json) {
        if (random.nextInt(100) < 5) {
            delayed.add(new Delayed(json, emitted + ready.size() + 1 + random.nextInt(2_000)));
        } else {
            ready.add(json);
        }
        if (random.nextInt(100) < 2) {
            delayed.add(new Delayed(json, emitted + ready.size() + 1 + random.nextInt(5_000)));
        }
        long position = emitted + ready.size();
        while (!delayed.isEmpty() && delayed.peek().due <= position) {
            ready.add(delayed.poll().json);
        }
    }

    private void generate(LocalDate date) {
        Instant midnight = date.atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int agent = 0; agent < AGENTS; agent++) {
            if (date.equals(REPORT_DAY)) {
                Instant login = midnight.plus(Duration.ofMinutes(7 * 60 + random.nextInt(120)));
                session(agent, login, login.plus(Duration.ofMinutes(200 + random.nextInt(60))), false);
                Instant back = login.plus(Duration.ofMinutes(300));
                session(agent, back, back.plus(Duration.ofMinutes(200 + random.nextInt(60))), false);
                continue;
            }
            int pattern = random.nextInt(100);
            if (pattern < 80) {
                Instant login = midnight.plus(Duration.ofMinutes(7 * 60 + random.nextInt(120)));
                Instant pause = login.plus(Duration.ofMinutes(220 + random.nextInt(40)));
                session(agent, login, pause, true);
                Instant back = pause.plus(Duration.ofMinutes(30 + random.nextInt(30)));
                session(agent, back, back.plus(Duration.ofMinutes(220 + random.nextInt(40))), true);
            } else if (pattern < 90) {
                Instant login = midnight.plus(Duration.ofMinutes(9 * 60 + random.nextInt(60)));
                session(agent, login, login.plus(Duration.ofMinutes(480 + random.nextInt(60))), true);
            } else if (pattern < 95) {
                Instant login = midnight.plus(Duration.ofMinutes(21 * 60 + random.nextInt(120)));
                session(agent, login, login.plus(Duration.ofMinutes(420 + random.nextInt(60))), true);
            }
        }
    }

    // 3 % of the logins are repeated a few minutes before; 1 % of the sessions lose their login.
    private void session(int agent, Instant login, Instant logout, boolean irregular) {
        boolean withoutLogin = irregular && random.nextInt(100) < 1;
        if (!withoutLogin) {
            if (irregular && random.nextInt(100) < 3) {
                event(agent, "LOGIN", login.minus(Duration.ofMinutes(1 + random.nextInt(10))));
            }
            event(agent, "LOGIN", login.plusSeconds(random.nextInt(60)));
        }
        event(agent, "LOGOUT", logout.plusSeconds(random.nextInt(60)));
    }

    private void event(int agent, String type, Instant time) {
        StringBuilder json = new StringBuilder(200).append("{\"eventId\":\"e").append(++sequence)
                .append("\",\"username\":\"agent").append(String.format("%04d", agent))
                .append("\",\"type\":\"").append(type).append("\",\"time\":\"").append(time).append('"');
        if (type.equals("LOGIN")) {
            json.append(",\"firstName\":\"").append(FIRST[agent % FIRST.length])
                    .append("\",\"lastName\":\"").append(LAST[agent / FIRST.length % LAST.length])
                    .append("\",\"routingProfile\":\"").append(PROFILES[agent % PROFILES.length])
                    .append("\",\"hierarchy\":[\"").append(REGIONS[agent % REGIONS.length])
                    .append("\",\"Site ").append(agent % 12).append("\",\"Team ").append(agent % 250).append("\"]");
        }
        today.add(new Timed(time, json.append('}').toString(), sequence));
    }

    private record Timed(Instant time, String json, long sequence) implements Comparable<Timed> {
        @Override
        public int compareTo(Timed other) {
            int byTime = time.compareTo(other.time);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private record Delayed(String json, long due) implements Comparable<Delayed> {
        @Override
        public int compareTo(Delayed other) {
            return Long.compare(due, other.due);
        }
    }
}
