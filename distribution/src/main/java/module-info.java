/** The runnable service: its main class and default settings. It runs on the class path (see README). */
module loginlogout.distribution {
    requires loginlogout.web;
    requires loginlogout.persistence;
    requires loginlogout.scheduling;
    requires io.helidon.microprofile.cdi;
    requires io.helidon.microprofile.server;
    requires jakarta.cdi;
    requires microprofile.config.api;
    requires loginlogout.domain;
    requires java.sql;

    exports loginlogout.distribution;
}
