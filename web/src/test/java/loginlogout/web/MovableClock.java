package loginlogout.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock for a test class that adds this bean: it stands where the test puts it, so that
 * next runs and "the latest due slot" are known instants.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableClock {

    private static volatile Instant now = Instant.parse("2026-11-04T10:00:00Z");

    static void set(String instant) {
        now = Instant.parse(instant);
    }

    @Produces
    @Singleton
    Clock clock() {
        return new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("the service reads instants only");
            }
        };
    }
}
