package loginlogout.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The built service, run as its own process with {@code -Xmx256m} on a free loopback port. */
final class Service implements AutoCloseable {

    static final String USER = "bench";
    static final String PASSWORD = "bench-password";

    private final Process process;
    private final int port;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Service(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Service start(Path jar, Path workDir, Map<String, String> settings) throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m"));
        // BENCH_JAVA_OPTS: more options for the service's JVM, such as a profiler's.
        String extra = System.getenv("BENCH_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("service.log").toFile()));
        builder.environment().putAll(settings);
        builder.environment().putAll(Map.of("SERVER_HOST", "127.0.0.1", "SERVER_PORT", String.valueOf(port),
                "EXPORT_CHECK_INTERVAL", "PT0S", "SECURITY_BOOTSTRAP_ADMIN_USERNAME", USER,
                "SECURITY_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD));
        Service service = new Service(builder.start(), port);
        service.awaitReady();
        return service;
    }

    private void awaitReady() throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped at start; see service.log");
            }
            try {
                if (http.send(request("/health/ready").build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service did not get ready in 60 s; see service.log");
    }

    /**
     * Waits, for at most 30 s, until the service has used less than a tenth of a core for half a second:
     * until the JIT compiler has done with what the warm-up runs gave it, which on two cores otherwise
     * competes with the timed runs. Where /proc is missing it does not wait.
     */
    void awaitIdle() throws IOException, InterruptedException {
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        if (!Files.exists(stat)) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long before = cpuTicks(stat);
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            long now = cpuTicks(stat);
            // Clock ticks are hundredths of a second: 5 of them in half a second is a tenth of a core.
            if (now - before < 5) {
                return;
            }
            before = now;
        }
    }

    private static long cpuTicks(Path stat) throws IOException {
        String line = Files.readString(stat);
        // After the command's closing parenthesis: state is field 3; utime and stime are fields 14 and 15.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    int port() {
        return port;
    }

    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", authorization());
    }

    /** The JVM's heap in use now, from the service's own metrics. */
    long usedHeapBytes() throws IOException, InterruptedException {
        String metrics = http.send(request("/metrics?scope=base").header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("memory_usedHeap_bytes")) {
                return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new IllegalStateException("no memory_usedHeap_bytes in /metrics");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
