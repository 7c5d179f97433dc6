package cn.dualprevention.platform.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the service chassis ({@code dp.*}).
 *
 * @param serviceName name used as event source, consumer group and lock owner
 * @param events      the topic this service publishes its domain events to, and the topics it consumes
 * @param outbox      relay and sweep settings
 */
@ConfigurationProperties("dp")
public record PlatformProperties(String serviceName, Events events, Outbox outbox) {

    public PlatformProperties {
        events = events == null ? new Events(null, List.of(), 10) : events;
        outbox = outbox == null ? new Outbox(100_000, Duration.ofSeconds(30), Duration.ofSeconds(30)) : outbox;
    }

    /**
     * @param topic          where this service's events go, e.g. {@code dp.risk.events}
     * @param consume        topics whose events this service applies
     * @param handlerRetries attempts for a handler failure that is not an infrastructure outage before
     *                       the event is parked on the dead-letter topic
     */
    public record Events(String topic, List<String> consume, int handlerRetries) {
        public Events {
            consume = consume == null ? List.of() : List.copyOf(consume);
            handlerRetries = handlerRetries <= 0 ? 10 : handlerRetries;
        }
    }

    /**
     * @param queueCapacity hints the relay keeps in memory before it relies on the sweep
     * @param sweepInterval how often one instance looks for messages no hint points to
     * @param sendTimeout   how long the relay waits for Kafka to acknowledge a message
     */
    public record Outbox(int queueCapacity, Duration sweepInterval, Duration sendTimeout) {
        public Outbox {
            queueCapacity = queueCapacity <= 0 ? 100_000 : queueCapacity;
            sweepInterval = sweepInterval == null ? Duration.ofSeconds(30) : sweepInterval;
            sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        }
    }
}
