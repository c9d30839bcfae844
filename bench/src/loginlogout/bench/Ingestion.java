package loginlogout.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Posts events to {@code /api/v1/events} in batches of 1,000, from a few clients at once. */
final class Ingestion {

    static final int BATCH = 1_000;
    static final int CLIENTS = Integer.parseInt(System.getenv().getOrDefault("BENCH_CLIENTS", "1"));

    record Result(long posted, long stored, long duplicates, double seconds) {
        double eventsPerSecond() {
            return posted / seconds;
        }
    }

    private Ingestion() {
    }

    static Result post(Service service, Iterator<String> events, long count) throws Exception {
        long started = System.nanoTime();
        long stored = 0;
        long duplicates = 0;
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<long[]>> pending = new ArrayList<>();
            for (long sent = 0; sent < count; sent += BATCH) {
                String body = batch(events, (int) Math.min(BATCH, count - sent));
                pending.add(clients.submit(() -> send(service, body)));
                if (pending.size() >= 2 * CLIENTS) {
                    long[] counts = pending.remove(0).get();
                    stored += counts[0];
                    duplicates += counts[1];
                }
            }
            for (Future<long[]> future : pending) {
                long[] counts = future.get();
                stored += counts[0];
                duplicates += counts[1];
            }
        }
        return new Result(count, stored, duplicates, (System.nanoTime() - started) / 1e9);
    }

    private static String batch(Iterator<String> events, int size) {
        StringBuilder body = new StringBuilder(size * 220).append('[');
        for (int i = 0; i < size; i++) {
            body.append(i == 0 ? "" : ",").append(events.next());
        }
        return body.append(']').toString();
    }

    private static long[] send(Service service, String body) throws Exception {
        HttpResponse<String> response = service.http.send(service.request("/api/v1/events")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("posting a batch gave " + response.statusCode() + ": " + response.body());
        }
        return new long[] {number(response.body(), "stored"), number(response.body(), "duplicates")};
    }

    private static long number(String json, String field) {
        int at = json.indexOf("\"" + field + "\":") + field.length() + 3;
        int end = at;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return Long.parseLong(json.substring(at, end));
    }
}
