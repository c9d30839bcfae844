package loginlogout.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
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
