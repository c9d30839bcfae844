package loginlogout.web.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.function.Supplier;
import loginlogout.domain.report.LoginLogoutReport;
import loginlogout.domain.report.csv.LoginLogoutCsv;
import loginlogout.web.observe.ServiceMetrics;

/**
 * A report as the answer to a request, JSON or the CSV download, for the on-demand and the saved report
 * alike. Its latency is measured from the start of its making to its last byte.
 */
@ApplicationScoped
public class ReportDelivery {

    private final ServiceMetrics metrics;

    @Inject
    ReportDelivery(ServiceMetrics metrics) {
        this.metrics = metrics;
    }

    /** Makes the report whole before the first byte is sent: one over the limit is an error, never a partial file. */
    public Response deliver(Supplier<LoginLogoutReport> making, boolean csv) {
        long started = System.nanoTime();
        LoginLogoutReport report = making.get();
        if (csv) {
            return Response.ok(measured("csv", started, out -> LoginLogoutCsv.write(report, out)), ReportOutput.CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + LoginLogoutCsv.FILE_NAME + "\"")
                    .build();
        }
        return Response.ok(measured("json", started, out -> ReportJson.write(report, out)),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    private interface Writing {
        void write(OutputStream out) throws java.io.IOException;
    }

    private StreamingOutput measured(String format, long started, Writing writing) {
        return out -> {
            // Large writes: each one that reaches the server goes out as its own chunk and socket write,
            // and the JSON generator's and CSV writer's own buffers are only a few KiB.
            OutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
            writing.write(buffered);
            buffered.flush();
            metrics.reportDelivered(format, Duration.ofNanos(System.nanoTime() - started));
        };
    }
}
