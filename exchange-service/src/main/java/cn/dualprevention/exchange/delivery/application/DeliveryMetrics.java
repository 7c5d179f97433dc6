package cn.dualprevention.exchange.delivery.application;

import cn.dualprevention.exchange.delivery.domain.DeliveryRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per receiver: {@code dp.exchange.backlog} (records not yet delivered), {@code dp.exchange.oldest.undelivered.age}
 * (seconds since the oldest of them became pending) and the counters {@code dp.exchange.records.accepted} /
 * {@code .rejected} / {@code .held} (rates in Prometheus with {@code rate()}), and {@code dp.exchange.photos} (photos
 * attached to records, by {@code outcome}: {@code attached}, {@code reencoded}, {@code held}, {@code fault}). The gauges read a snapshot the
 * delivery loop refreshes, never the database on scrape.
 */
@Component
public class DeliveryMetrics {

    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, DeliveryRepository.Backlog> snapshot = new ConcurrentHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    public DeliveryMetrics(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
    }

    void refresh(Set<String> receiverIds, Map<String, DeliveryRepository.Backlog> backlog) {
        for (String receiver : receiverIds) {
            snapshot.put(receiver, backlog.getOrDefault(receiver, new DeliveryRepository.Backlog(0, null)));
            if (registered.add(receiver)) {
                Gauge.builder("dp.exchange.backlog", () -> snapshot.getOrDefault(receiver, new DeliveryRepository.Backlog(0, null)).undelivered())
                        .description("records not yet delivered to the receiver (pending or awaiting a receipt)")
                        .tag("receiver", receiver).register(meters);
                Gauge.builder("dp.exchange.oldest.undelivered.age", () -> age(receiver)).baseUnit("seconds")
                        .description("age of the oldest record not yet delivered to the receiver")
                        .tag("receiver", receiver).register(meters);
            }
        }
    }

    private double age(String receiver) {
        DeliveryRepository.Backlog backlog = snapshot.get(receiver);
        if (backlog == null || backlog.oldestSince() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(backlog.oldestSince(), clock.instant()).toMillis() / 1000.0);
    }

    /** The snapshot of a receiver's backlog (for tests and the API). */
    public DeliveryRepository.Backlog backlog(String receiverId) {
        return snapshot.getOrDefault(receiverId, new DeliveryRepository.Backlog(0, null));
    }

    void accepted(String receiver, int count) {
        counter("dp.exchange.records.accepted", receiver).increment(count);
    }

    void rejected(String receiver, int count) {
        counter("dp.exchange.records.rejected", receiver).increment(count);
    }

    void held(String receiver, int count) {
        counter("dp.exchange.records.held", receiver).increment(count);
    }

    void photos(String receiver, String outcome, int count) {
        if (count > 0) {
            Counter.builder("dp.exchange.photos").description("photos put into records for the receiver, by outcome")
                    .tag("receiver", receiver).tag("outcome", outcome).register(meters).increment(count);
        }
    }

    private Counter counter(String name, String receiver) {
        return Counter.builder(name).tag("receiver", receiver).register(meters);
    }

    Instant now() {
        return clock.instant();
    }
}
