/**
 * The scheduled exports: the engine that runs each slot once, the S3 and local-folder targets, and the
 * exports from configuration.
 */
module loginlogout.scheduling {
    requires loginlogout.domain;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires microprofile.config.api;
    requires io.helidon.scheduling;
    requires java.logging;
    requires static microprofile.health.api;
    requires static microprofile.metrics.api;
    requires software.amazon.awssdk.services.s3;
    requires software.amazon.awssdk.http.urlconnection;
    requires software.amazon.awssdk.regions;
    requires software.amazon.awssdk.core;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.http;

    exports loginlogout.scheduling;
    exports loginlogout.scheduling.target;
    exports loginlogout.scheduling.configuration;
    // CDI creates the beans reflectively.
    opens loginlogout.scheduling;
}
