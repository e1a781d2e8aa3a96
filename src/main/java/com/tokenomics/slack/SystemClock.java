package com.tokenomics.slack;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock the replay window and the secret cache read, as a bean so that tests can fix the time. A default bean:
 * any other {@link Clock} producer in the application replaces it instead of clashing with it.
 */
public class SystemClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
