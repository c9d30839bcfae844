package loginlogout.scheduling;

import loginlogout.domain.failure.InvalidSettingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import loginlogout.domain.report.LoginLogoutReports;
import loginlogout.domain.savedreport.SavedReportStore;
import loginlogout.domain.schedule.ConfiguredExportStore;
import loginlogout.domain.schedule.ConfiguredExports;
import loginlogout.domain.schedule.ExportCatalog;
import loginlogout.domain.schedule.ExportKey;
import loginlogout.domain.schedule.ExportRunStore;
import loginlogout.domain.schedule.ExportTarget;
import loginlogout.domain.schedule.ScheduleStore;
import loginlogout.domain.session.UnitOfWork;
import loginlogout.scheduling.configuration.ConfigurationExports;
import loginlogout.scheduling.target.FolderTarget;
import loginlogout.scheduling.target.RetryingTarget;
import loginlogout.scheduling.target.S3Target;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Makes the export engine and where it writes, from the settings {@code export.*} and {@code exports.*}. */
@ApplicationScoped
public class SchedulingServices {

    private static final Logger LOG = Logger.getLogger(SchedulingServices.class.getName());

    @Produces
    @Singleton
    ConfiguredExports configuredExports(Config config, ConfiguredExportStore store, UnitOfWork unitOfWork,
                                        Clock clock) {
        return new ConfigurationExports(config, System.getenv(), (name, definition) -> unitOfWork.inTransaction(() ->
                store.since(name, definition, clock.instant())));
    }

    @Produces
    @Singleton
    ExportCatalog exportCatalog(ScheduleStore schedules, SavedReportStore reports, ConfiguredExports configured,
                                UnitOfWork unitOfWork) {
        return new ExportCatalog(schedules, reports, configured, unitOfWork);
    }

    @Produces
    @Singleton
    ExportPolicy exportPolicy(Config config) {
        ExportSettings settings = new ExportSettings(config);
        return new ExportPolicy(checkedKeyRoot(settings.text("export.s3.key-root").orElse("")),
                settings.number("export.catch-up-days", 0),
                settings.duration("export.retry-for", Duration.ZERO),
                settings.duration("export.retry-interval", Duration.ofSeconds(1)),
                settings.duration("export.run-timeout", Duration.ofSeconds(1)));
    }

    /**
     * The bucket when {@code export.s3.bucket} is set, else the folder {@code export.dir}. Credentials come
     * from the AWS SDK's default chain (environment, profile, instance role) and are never stored here.
     */
    @Produces
    @Singleton
    ExportTarget exportTarget(Config config) {
        ExportSettings settings = new ExportSettings(config);
        Optional<String> bucket = settings.text("export.s3.bucket");
        Optional<String> region = settings.text("export.s3.region");
        Optional<URI> endpoint = settings.address("export.s3.endpoint");
        boolean pathStyle = settings.flag("export.s3.path-style");
        String folder = settings.required("export.dir");
        int attempts = settings.number("export.attempts", 1);
        Duration backoff = settings.duration("export.backoff", Duration.ZERO);
        ExportTarget target = bucket.<ExportTarget>map(b -> new S3Target(s3(region, endpoint, pathStyle), b))
                .orElseGet(() -> new FolderTarget(Path.of(folder)));
        LOG.info(() -> "Scheduled exports go to " + target.description());
        return new RetryingTarget(target, attempts, backoff);
    }

    @Produces
    @Singleton
    ExportEngine exportEngine(ExportCatalog catalog, ExportRunStore runs, LoginLogoutReports reports,
                              ExportTarget target, UnitOfWork unitOfWork, Clock clock, ExportPolicy policy,
                              MetricRegistry metrics) {
        return new ExportEngine(catalog, runs, reports, target, unitOfWork, clock, policy,
                result -> metrics.counter("export.runs", new Tag("result", result.name())).inc());
    }

    private static S3Client s3(Optional<String> region, Optional<URI> endpoint, boolean pathStyle) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10)).socketTimeout(Duration.ofSeconds(60)))
                // RetryingTarget retries, with its own bounded backoff.
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .forcePathStyle(pathStyle);
        region.filter(r -> !r.isBlank()).ifPresent(r -> builder.region(Region.of(r.strip())));
        endpoint.ifPresent(builder::endpointOverride);
        try {
            return builder.build();
        } catch (SdkClientException e) {
            throw new InvalidSettingException("export.s3.region is not set, and the AWS SDK finds no region either ("
                    + e.getMessage() + "); set export.s3.region, as eu-central-1.");
        }
    }

    private static String checkedKeyRoot(String keyRoot) {
        try {
            return ExportKey.checkedRoot(keyRoot);
        } catch (RuntimeException e) {
            throw new InvalidSettingException("export.s3.key-root: " + e.getMessage());
        }
    }
}
