package loginlogout.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import loginlogout.domain.schedule.ExportTarget;
import loginlogout.domain.schedule.ExportTargetException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the bucket or folder of the exports can take a file, so that a run at midnight can succeed. */
@Readiness
@ApplicationScoped
public class ExportTargetReadiness implements HealthCheck {

    private final ExportTarget target;

    @Inject
    ExportTargetReadiness(ExportTarget target) {
        this.target = target;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            target.probe();
            return HealthCheckResponse.named("export-target").up().withData("target", target.description()).build();
        } catch (ExportTargetException e) {
            return HealthCheckResponse.named("export-target").down().withData("target", target.description())
                    .withData("error", e.getMessage()).build();
        }
    }
}
