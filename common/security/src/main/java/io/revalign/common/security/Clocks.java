package io.revalign.common.security;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The system clock in UTC, unless an application or a test provides its own {@link Clock} bean. */
@ApplicationScoped
public class Clocks {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock utc() {
        return Clock.systemUTC();
    }
}
