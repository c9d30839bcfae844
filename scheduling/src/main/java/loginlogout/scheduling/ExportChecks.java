package loginlogout.scheduling;

import io.helidon.scheduling.FixedRate;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import loginlogout.domain.schedule.ConfiguredExports;
import org.eclipse.microprofile.config.Config;

/**
 * Helidon scheduling runs the engine's check every {@code export.check-interval} (PT0S: never), the first
 * one at start, which catches up the slots missed while the service was down.
 */
@ApplicationScoped
public class ExportChecks {

    private static final Logger LOG = Logger.getLogger(ExportChecks.class.getName());

    private final ExportEngine engine;
    private final ConfiguredExports configured;
    private final Duration interval;
    private volatile FixedRate task;

    @Inject
    ExportChecks(ExportEngine engine, ConfiguredExports configured, Config config) {
        this.engine = engine;
        this.configured = configured;
        this.interval = new ExportSettings(config).duration("export.check-interval", Duration.ZERO);
    }

    // After the schema migration (priority 0).
    void start(@Observes @Priority(30) @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> configured.all().size() + " export(s) from configuration");
        if (interval.isZero()) {
            LOG.info("export.check-interval is PT0S: scheduled exports run only when asked to");
            return;
        }
        task = FixedRate.builder().initialDelay(0).delay(interval.toMillis()).timeUnit(TimeUnit.MILLISECONDS)
                .delayType(FixedRate.DelayType.SINCE_PREVIOUS_END).task(invocation -> check()).build();
    }

    private void check() {
        try {
            engine.check();
        } catch (RuntimeException e) {
            // The next check tries again; a failure here must not end the schedule.
            LOG.log(Level.WARNING, "A check of the scheduled exports failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.executor().shutdownNow();
        }
    }
}
