package loginlogout.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Late and out-of-order events through the real stores: sessions are maintained as events arrive, and
 * the report is always the one the events in time order give.
 */
@HelidonTest
class ArrivalOrderApiTest extends ApiTest {

    private static final Map<String, Object> NOVEMBER_2 = Map.of("range", "CUSTOM",
            "start", "2026-11-02T00:00:00", "end", "2026-11-03T00:00:00", "format", "csv");



    private static List<String> dayOfEvents() {
        List<String> events = new ArrayList<>();
        String types = "IIOIOOIIOIOIIOOI";
        for (int i = 0; i < types.length(); i++) {
            events.add(String.format("{\"username\": \"jdoe\", \"type\": \"%s\", \"time\": \"2026-11-02T%02d:%02d:00Z\"}",
                    types.charAt(i) == 'I' ? "LOGIN" : "LOGOUT", 1 + i, 7 * i % 60));
        }
        return events;
    }

    private void post(List<String> events) {
        api.postOk("/api/v1/events", "[" + String.join(",", events) + "]", MediaType.APPLICATION_JSON);
    }

    @Test
    void anyOrderOfArrivalInAnyBatchesGivesTheReportOfTheTimeOrder() {
        post(dayOfEvents());
        String inTimeOrder = api.reportOk(null, NOVEMBER_2);
        // The header and 11 sessions: 3 with unknown end, 2 without login, 1 open, 5 closed.
        assertEquals(12, inTimeOrder.split("\r\n").length, inTimeOrder);

        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            ApiClient.emptyDatabase(dataSource);
            List<String> shuffled = new ArrayList<>(dayOfEvents());
            Collections.shuffle(shuffled, random);
            for (int start = 0; start < shuffled.size(); ) {
                int end = Math.min(shuffled.size(), start + 1 + random.nextInt(4));
                post(shuffled.subList(start, end));
                start = end;
            }
            assertEquals(inTimeOrder, api.reportOk(null, NOVEMBER_2), "arrival order " + shuffled);
        }
    }

    @Test
    void concurrentPostsForOneNewUserGiveTheSessionsOfOnePost() throws Exception {
        List<String> events = dayOfEvents();
        post(events);
        String expected = api.reportOk(null, NOVEMBER_2);
        ApiClient.emptyDatabase(dataSource);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (String event : events) {
                answers.add(pool.submit(() -> api.postOk("/api/v1/events", event, MediaType.APPLICATION_JSON)));
            }
            for (Future<String> answer : answers) {
                assertEquals("{\"received\":1,\"stored\":1,\"duplicates\":0}", answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(expected, api.reportOk(null, NOVEMBER_2));
    }
}
