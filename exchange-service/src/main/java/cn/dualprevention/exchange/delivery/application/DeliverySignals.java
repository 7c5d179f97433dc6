package cn.dualprevention.exchange.delivery.application;

import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Receiver X has new work": lets the delivery loop start a round at once instead of at its next poll. A plain
 * {@link #wake} asks for a full round (which looks for every due delivery of the receiver); {@link #planned} names the
 * delivery that just became pending, and a round woken only by such names sends those without looking for the rest
 * — on local mode's stand-in database that search reads every delivery of the collection, so a stream of new records
 * no longer turns into one such read per record. The polls still run full rounds (retries, receipts, other instances).
 */
@Component
public class DeliverySignals {

    /** More named deliveries than this and the round looks for all due ones instead. */
    static final int MOST_NAMED = 5_000;

    private final Set<String> woken = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> named = new ConcurrentHashMap<>();

    /** A full round: something changed that only a search for due deliveries finds (a resend, a resync, a receipt). */
    public void wake(String receiverId) {
        woken.add(receiverId);
    }

    /** The receiver's delivery {@code deliveryId} was just planned as pending. */
    public void planned(String receiverId, String deliveryId) {
        boolean[] overflow = {false};
        named.compute(receiverId, (id, ids) -> {
            Set<String> set = ids == null ? new HashSet<>() : ids;
            if (set.size() < MOST_NAMED) {
                set.add(deliveryId);
            } else {
                overflow[0] = true;
            }
            return set;
        });
        if (overflow[0]) {
            woken.add(receiverId);
        }
    }

    /** What the receiver was woken for since the last call (and resets it); null when it was not. */
    Wake take(String receiverId) {
        boolean full = woken.remove(receiverId);
        Set<String> ids = named.remove(receiverId);
        if (!full && (ids == null || ids.isEmpty())) {
            return null;
        }
        return new Wake(full, ids == null ? Set.of() : Set.copyOf(ids));
    }

    /** Keeps a wake for later (the receiver is paused). */
    void keep(String receiverId, Wake wake) {
        if (wake.full()) {
            wake(receiverId);
        }
        wake.named().forEach(id -> planned(receiverId, id));
    }

    /**
     * @param full  a full round was asked for
     * @param named the deliveries planned as pending since
     */
    record Wake(boolean full, Set<String> named) {
    }
}
