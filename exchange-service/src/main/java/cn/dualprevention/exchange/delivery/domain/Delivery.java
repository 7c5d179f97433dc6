package cn.dualprevention.exchange.delivery.domain;

import cn.dualprevention.exchange.record.domain.RecordRef;

import java.time.Instant;
import java.util.List;

/**
 * 上报状态 — one regulator record at one receiver.
 *
 * @param revision         the version of the kept record this delivery is about (a newer version makes it pending)
 * @param reasons          why it is held, or what it waits for
 * @param message          the receiver's message on rejection, or the last failure
 * @param attempts         sends of the current revision
 * @param force            send even when the receiver accepted these very fields before (full resync, re-send on request)
 * @param pendingSince     since when it is undelivered (age of the backlog)
 * @param sentHash         fingerprint of the fields sent last (accepted by a later receipt)
 * @param acceptedRevision the latest revision the receiver accepted (0: none)
 * @param acceptedHash     fingerprint of the fields the receiver accepted last: the same fields are not re-sent
 * @param everAccepted     the receiver knows the record (its children may go)
 * @param history          the latest attempts, newest last
 */
public record Delivery(String id, String receiverId, String groupId, String enterpriseId, RecordRef ref, DeliveryState state,
                       long revision, List<String> reasons, String message, int attempts, String batchId, boolean force,
                       Instant pendingSince, Instant nextAttemptAt, Instant sentAt, String sentHash, Instant answeredAt, long acceptedRevision,
                       String acceptedHash, boolean everAccepted, Instant updatedAt, List<DeliveryAttempt> history) {

    public static final int HISTORY = 20;

    public Delivery {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static String idOf(String receiverId, RecordRef ref) {
        return receiverId + ":" + ref.key();
    }
}
