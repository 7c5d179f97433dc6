package cn.dualprevention.exchange.delivery.domain;

import cn.dualprevention.exchange.record.domain.RecordRef;

import java.time.Instant;
import java.util.List;

/**
 * A record version to deliver to a receiver: pending, or held with the reasons when the record breaks the
 * specification.
 */
public record PlannedDelivery(String receiverId, String groupId, String enterpriseId, RecordRef ref, long revision,
                              List<String> heldReasons, Instant at) {

    public PlannedDelivery {
        heldReasons = heldReasons == null ? List.of() : List.copyOf(heldReasons);
    }

    public String id() {
        return Delivery.idOf(receiverId, ref);
    }
}
