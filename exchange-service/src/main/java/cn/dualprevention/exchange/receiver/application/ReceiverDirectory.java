package cn.dualprevention.exchange.receiver.application;

import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.exchange.receiver.domain.ReceiverRepository;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The receivers as the delivery side sees them, read from the store at most every {@link #REFRESH} (and at once
 * after a change on this instance): planning a record's deliveries must not open every receiver's secrets each time.
 */
@Component
public class ReceiverDirectory {

    /** How stale another instance's view of a new receiver may be; a first sync waits this long. */
    public static final Duration REFRESH = Duration.ofSeconds(5);

    private final ReceiverRepository repository;
    private volatile List<Receiver> cached;
    private volatile long loadedAt;

    public ReceiverDirectory(ReceiverRepository repository) {
        this.repository = repository;
    }

    public List<Receiver> all() {
        List<Receiver> current = cached;
        if (current == null || System.nanoTime() - loadedAt > REFRESH.toNanos()) {
            current = repository.all();
            cached = current;
            loadedAt = System.nanoTime();
        }
        return current;
    }

    public List<Receiver> serving(String enterpriseId) {
        return all().stream().filter(receiver -> receiver.serves(enterpriseId)).toList();
    }

    public Optional<Receiver> find(String id) {
        return all().stream().filter(receiver -> receiver.id().equals(id)).findFirst();
    }

    /** Saves a change made by the delivery side (blocked, synced) and forgets the cached view. */
    public void save(Receiver receiver) {
        repository.save(receiver);
        invalidate();
    }

    public void invalidate() {
        cached = null;
    }
}
