package cn.dualprevention.exchange.delivery.application;

import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** "Receiver X has new work": lets the delivery loop start a round at once instead of at its next poll. */
@Component
public class DeliverySignals {

    private final Set<String> woken = ConcurrentHashMap.newKeySet();

    public void wake(String receiverId) {
        woken.add(receiverId);
    }

    /** True once (and resets) when the receiver was woken since the last call. */
    boolean takeWake(String receiverId) {
        return woken.remove(receiverId);
    }
}
