package loginlogout.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Both floors, measured in a fresh JVM with the service's heap: every size's floors start as cold as the
 * service that was just started, not warmer with each size the benchmark's own JVM has run.
 */
final class Floors {

    static final int INGESTION_WARM_UP = 5;
    static final int INGESTION_BATCHES = 20;

    record Result(Timings report, double ingestionEventsPerSecond) {
    }

    private Floors() {
    }

    static Result measure(Map<String, String> database, int warmUp, int runs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Floors.class.getName(),
                database.get("DB_URL"), database.get("DB_USER"), database.get("DB_PASSWORD"),
                Integer.toString(warmUp), Integer.toString(runs)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the floors failed: " + out);
        }
        String[] values = out.split("\\s+");
        return new Result(new Timings(Double.parseDouble(values[0]), Double.parseDouble(values[1]),
                Integer.parseInt(values[2])), Double.parseDouble(values[3]));
    }

    /** Arguments: JDBC URL, user, password, warm-up runs, timed runs. Prints median, p95, runs, events/s. */
    public static void main(String[] args) throws Exception {
        int warmUp = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        Timings report = Floor.measure(args[0], args[1], args[2], warmUp, runs);
        double ingestion = IngestionFloor.measure(args[0], args[1], args[2], INGESTION_WARM_UP, INGESTION_BATCHES);
        System.out.printf(Locale.ROOT, "%.3f %.3f %d %.1f%n", report.median(), report.p95(), report.runs(), ingestion);
    }
}
