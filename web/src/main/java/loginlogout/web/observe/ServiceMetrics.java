package loginlogout.web.observe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import loginlogout.domain.recording.RecordingResult;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The service's own meters, on {@code /metrics} in the application scope: events stored and duplicates by
 * source, reports by format, and their latency from the request to the last byte.
 */
@ApplicationScoped
public class ServiceMetrics {

    private final MetricRegistry registry;

    @Inject
    ServiceMetrics(MetricRegistry registry) {
        this.registry = registry;
    }

    /** @param source {@code api} or {@code amazon-connect} */
    public void eventsRecorded(String source, RecordingResult result) {
        Tag tag = new Tag("source", source);
        registry.counter("events.stored", tag).inc(result.stored());
        registry.counter("events.duplicates", tag).inc(result.duplicates());
    }

    /** @param format {@code json} or {@code csv} */
    public void reportDelivered(String format, Duration latency) {
        Tag tag = new Tag("format", format);
        registry.counter("reports.generated", tag).inc();
        registry.timer("reports.latency", tag).update(latency);
    }
}
