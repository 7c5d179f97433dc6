package cn.dualprevention.exchange.delivery.domain;

import java.time.Instant;
import java.util.List;

/**
 * What became of a delivery of one revision: the new state, the receiver's message or the reasons, and (on
 * acceptance) the fingerprint of what it accepted.
 *
 * @param nextAttemptAt when a still-pending delivery is looked at again (null: at once)
 */
public record Outcome(String deliveryId, long revision, DeliveryState state, String message, List<String> reasons,
                      String batchId, String acceptedHash, boolean countsAsAttempt, Instant at, Instant nextAttemptAt,
                      String audit) {

    public Outcome {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public static Outcome accepted(Delivery d, String hash, Instant at, String audit) {
        return new Outcome(d.id(), d.revision(), DeliveryState.ACCEPTED, null, List.of(), d.batchId(), hash, true, at, null, audit);
    }

    public static Outcome rejected(Delivery d, String message, Instant at) {
        return new Outcome(d.id(), d.revision(), DeliveryState.REJECTED, message, List.of(), d.batchId(), null, true, at, null,
                "rejected");
    }

    public static Outcome held(Delivery d, List<String> reasons, Instant at) {
        return new Outcome(d.id(), d.revision(), DeliveryState.HELD, null, reasons, null, null, false, at, null, "held");
    }

    public static Outcome sent(Delivery d, String batchId, String hash, Instant at) {
        return new Outcome(d.id(), d.revision(), DeliveryState.SENT, null, List.of(), batchId, hash, true, at, null, "sent");
    }

    /** Stays pending: waits for a parent, or the attempt failed ({@code failure} then says why). */
    public static Outcome stillPending(Delivery d, List<String> reasons, String failure, Instant at, Instant next,
                                       boolean attempted) {
        return new Outcome(d.id(), d.revision(), DeliveryState.PENDING, failure, reasons, null, null, attempted, at, next,
                attempted ? "failed" : null);
    }
}
