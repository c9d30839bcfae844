/** The HTTP API: JAX-RS resources, their JSON shapes, and every error as application/problem+json. */
module loginlogout.web {
    requires loginlogout.domain;
    requires jakarta.ws.rs;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.json;
    requires jakarta.annotation;
    requires jakarta.interceptor;
    requires io.helidon.microprofile.server;
    requires io.helidon.webserver;
    requires io.helidon.http;
    requires microprofile.config.api;
    requires microprofile.metrics.api;
    requires java.logging;

    exports loginlogout.web;
    exports loginlogout.web.events;
    exports loginlogout.web.reports;
    exports loginlogout.web.problems;
    exports loginlogout.web.json;
    exports loginlogout.web.security;
    exports loginlogout.web.users;
    exports loginlogout.web.savedreports;
    exports loginlogout.web.schedules;
    exports loginlogout.web.observe;
    // CDI and Jersey create the resources reflectively.
    opens loginlogout.web;
    opens loginlogout.web.events;
    opens loginlogout.web.reports;
    opens loginlogout.web.problems;
    opens loginlogout.web.security;
    opens loginlogout.web.users;
    opens loginlogout.web.savedreports;
    opens loginlogout.web.schedules;
    opens loginlogout.web.observe;
}
