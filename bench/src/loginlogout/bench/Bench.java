package loginlogout.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark (run it with {@code bench/run}): ingests a generated history through the HTTP API and,
 * at each history size, times the HTTP report of a fixed 10,000-row day against the JDBC+OpenCSV floor.
 *
 * <p>Arguments: the jar, a fresh working folder, the results file, and the history sizes. With
 * {@code BENCH_DB_URL} (and {@code BENCH_DB_USER}, {@code BENCH_DB_PASSWORD}) the service uses that
 * database; otherwise its embedded H2 file, which the floor reads while the service is stopped.
 */
public final class Bench {

    static final long SEED = 20_261_203L;
    static final int WARM_UP = 50;
    static final int RUNS = 30;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        Path results = Path.of(args[2]);
        long[] sizes = Arrays.stream(args[3].split(",")).mapToLong(Long::parseLong).toArray();

        String external = System.getenv("BENCH_DB_URL");
        Map<String, String> settings = new LinkedHashMap<>();
        String url;
        String user;
        String password;
        if (external == null) {
            url = "jdbc:h2:file:" + work.toAbsolutePath().resolve("data/reports");
            user = "sa";
            password = "sa";
        } else {
            url = external;
            user = System.getenv().getOrDefault("BENCH_DB_USER", "reports");
            password = System.getenv().getOrDefault("BENCH_DB_PASSWORD", "");
        }
        settings.put("DB_URL", url);
        settings.put("DB_USER", user);
        settings.put("DB_PASSWORD", password);
        String database = external == null ? "H2 (embedded file)" : "PostgreSQL";

        EventHistory history = new EventHistory(SEED);
        List<Row> rows = new ArrayList<>();
        long posted = 0;
        Service service = Service.start(jar, work, settings);
        try {
            for (int i = 0; i < sizes.length; i++) {
                Ingestion.Result ingestion = Ingestion.post(service, history, sizes[i] - posted);
                posted = sizes[i];
                System.out.printf(Locale.ROOT, "bench: %,d events stored (%,d more at %,.0f events/s)%n", posted,
                        ingestion.posted(), ingestion.eventsPerSecond());
                // Stopped for the floors (the embedded file is the service's while it runs), then started
                // anew: the reports are timed on the stored history, not in the wake of its ingestion.
                service.close();
                Floors.Result floor = Floors.measure(settings, WARM_UP, RUNS);
                service = Service.start(jar, work, settings);
                Timings json = ReportTiming.json(service, WARM_UP, RUNS);
                Timings csv = ReportTiming.csv(service, WARM_UP, RUNS);
                long heap = service.usedHeapBytes();
                Row row = new Row(posted, ingestion, json, csv, floor, heap);
                rows.add(row);
                System.out.println("bench: " + row.markdown());
            }
        } finally {
            service.close();
        }
        String report = report(database, rows);
        Files.writeString(results, report);
        System.out.print(report);
    }

    record Row(long events, Ingestion.Result ingestion, Timings json, Timings csv, Floors.Result floors,
               long heapBytes) {
        String markdown() {
            Timings floor = floors.report();
            return String.format(Locale.ROOT, "| %,d | %,.0f | %,.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f× | %.2f× | %d |",
                    events, ingestion.eventsPerSecond(), floors.ingestionEventsPerSecond(), json.median(), json.p95(),
                    csv.median(), csv.p95(), floor.median(), floor.p95(), json.median() / floor.median(),
                    csv.median() / floor.median(), heapBytes / (1024 * 1024));
        }
    }

    private static String report(String database, List<Row> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(database).append(", ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append("\n\n");
        out.append("Machine: ").append(machine()).append(". Service: `java -Xmx256m -jar`, ")
                .append(Ingestion.CLIENTS).append(Ingestion.CLIENTS == 1 ? " client" : " clients").append(" posting batches of ").append(Ingestion.BATCH)
                .append(". Report: one day of exactly ").append(String.format(Locale.ROOT, "%,d", EventHistory.REPORT_ROWS))
                .append(" rows, ").append(RUNS).append(" timed runs after ").append(WARM_UP)
                .append(" warm-up runs, request to last byte (ms). Floors: plain JDBC in a fresh JVM with -Xmx256m; the")
                .append(" ingestion floor times ").append(Floors.INGESTION_BATCHES).append(" batches of the service's")
                .append(" statements for 1,000 live events after ").append(Floors.INGESTION_WARM_UP).append(" warm-up batches.\n\n");
        out.append("| events stored | ingestion (events/s) | ingestion floor (events/s) | JSON median | JSON p95 |"
                + " CSV median | CSV p95 | floor median | floor p95 | JSON / floor | CSV / floor | heap used (MiB) |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach(row -> out.append(row.markdown()).append('\n'));
        if (rows.size() > 1) {
            Row first = rows.get(0);
            Row last = rows.get(rows.size() - 1);
            out.append(String.format(Locale.ROOT, "%nGrowth from %,d to %,d events: JSON %.2f×, CSV %.2f×.%n",
                    first.events(), last.events(), last.json().median() / first.json().median(),
                    last.csv().median() / first.csv().median()));
        }
        return out.append('\n').toString();
    }

    private static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path info = Path.of("/proc/cpuinfo");
        if (Files.exists(info)) {
            cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        }
        long memory = 0;
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.exists(meminfo)) {
            memory = Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0) / (1024 * 1024);
        }
        return String.format(Locale.ROOT, "%d cores (%s), %d GiB, Java %s", Runtime.getRuntime().availableProcessors(),
                cpu, memory, System.getProperty("java.version"));
    }
}
