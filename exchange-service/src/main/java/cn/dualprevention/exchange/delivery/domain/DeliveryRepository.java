package cn.dualprevention.exchange.delivery.domain;

import cn.dualprevention.exchange.record.domain.RecordRef;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Delivery states per record × receiver. */
public interface DeliveryRepository {

    Optional<Delivery> find(String id);

    List<Delivery> findAll(Collection<String> ids);

    /**
     * Makes the deliveries of a record version pending (or held with the reasons) at each receiver, unless a
     * delivery already reflects that version or a newer one.
     *
     * @param force send even the fields the receiver accepted before
     */
    void plan(List<PlannedDelivery> planned, boolean force);

    /** Due deliveries of a receiver (pending, or sent without a receipt in time), parents' types first. */
    List<Delivery> due(String receiverId, Instant now, Instant sentBefore, int limit);

    /** True when the receiver has due deliveries. */
    boolean anyDue(String receiverId, Instant now, Instant sentBefore);

    /** Of these records, those the receiver has accepted at some time. */
    Set<String> everAccepted(String receiverId, Collection<RecordRef> refs);

    /** Records the outcome of an attempt, only if the delivery still is about {@code revision}. */
    void record(List<Outcome> outcomes);

    /** The deliveries of a receiver's batch awaiting its receipt. */
    List<Delivery> inBatch(String receiverId, String batchId);

    /** Makes one delivery pending again (forced). */
    boolean resend(String id, Instant now);

    List<Delivery> search(DeliveryFilter filter);

    /** Count of undelivered (pending or sent) deliveries and the oldest one's pending-since, per receiver. */
    Map<String, Backlog> backlog();

    void deleteOfReceiver(String receiverId);

    /** How far a receiver is behind. */
    record Backlog(long undelivered, Instant oldestSince) {
    }
}
