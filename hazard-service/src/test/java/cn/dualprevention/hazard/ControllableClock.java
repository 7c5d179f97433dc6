package cn.dualprevention.hazard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can set: real time unless a test pins it. Declared for every test context of this module (so the
 * contexts stay one), it replaces the platform's system clock.
 */
public final class ControllableClock extends Clock {

    private volatile Instant pinned;

    public void set(Instant instant) {
        pinned = instant;
    }

    public void reset() {
        pinned = null;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** Registers the clock as the service's {@link Clock}. */
    @Configuration
    static class Provider {

        @Bean
        @Primary
        ControllableClock controllableClock() {
            return new ControllableClock();
        }
    }
}
