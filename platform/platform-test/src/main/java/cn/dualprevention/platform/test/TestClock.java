package cn.dualprevention.platform.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The business clock of a service under test: real time until a test pins it, e.g. to a deadline to
 * see an escalation fire. Every {@link ServiceTest} context has one as its {@link Clock} (so the
 * contexts stay one); tests {@link #reset()} it when done. Cluster-lock leases use wall-clock time and
 * are not affected.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> pinned = new AtomicReference<>();

    public void set(Instant instant) {
        pinned.set(instant);
    }

    public void reset() {
        pinned.set(null);
    }

    @Override
    public Instant instant() {
        Instant at = pinned.get();
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
    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
