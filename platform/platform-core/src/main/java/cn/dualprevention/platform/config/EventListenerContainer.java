package cn.dualprevention.platform.config;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/** Lifecycle of the service's event consumer (absent when the service consumes nothing). */
public class EventListenerContainer implements SmartLifecycle {

    private final ConcurrentMessageListenerContainer<String, String> container;

    EventListenerContainer(ConcurrentMessageListenerContainer<String, String> container) {
        this.container = container;
    }

    @Override
    public void start() {
        if (container != null) {
            container.start();
        }
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return container != null && container.isRunning();
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }
}
