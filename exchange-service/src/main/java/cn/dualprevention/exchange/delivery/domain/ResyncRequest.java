package cn.dualprevention.exchange.delivery.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * 全量重传请求 — a stored request to plan every record of one enterprise for one receiver again. It is planned page by
 * page in the receiver's delivery round, its {@code cursor} (the key of the last record planned) saved after each page,
 * so an instance that dies mid-way leaves a request the next round resumes.
 *
 * @param force    send even what the receiver accepted before (a request by a person); false for a receiver's first
 *                 connection, where what it already accepted with the same fields is not sent again
 * @param planned  records planned so far
 * @param cursor   key of the last record planned, null before the first page
 * @param message  why it failed (FAILED only)
 */
public record ResyncRequest(String id, String receiverId, String groupId, String enterpriseId, boolean force, ResyncState state,
                            String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt, long planned,
                            String cursor, String message) {

    /** Who asks for a receiver's first full sync. */
    public static final String SYSTEM = "system";

    public ResyncRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (planned < 0) {
            throw new IllegalArgumentException("planned must not be negative");
        }
    }

    /** A new request, waiting for the receiver's next delivery round. */
    public static ResyncRequest queued(String id, String receiverId, String groupId, String enterpriseId, boolean force,
                                       String requestedBy, Instant at) {
        return new ResyncRequest(id, receiverId, groupId, enterpriseId, force, ResyncState.QUEUED, requestedBy, at, null, null,
                0, null, null);
    }

    /** The one request of a receiver's first connection (首次对接全量同步): a fixed id, so asking twice stores it once. */
    public static ResyncRequest firstConnection(String receiverId, String groupId, String enterpriseId, Instant at) {
        return queued(firstConnectionId(receiverId), receiverId, groupId, enterpriseId, false, SYSTEM, at);
    }

    public static String firstConnectionId(String receiverId) {
        return "first-" + receiverId;
    }

    public boolean open() {
        return state.open();
    }

    /** One more page planned: {@code count} records up to the record {@code lastKey}. */
    public ResyncRequest pagePlanned(int count, String lastKey, Instant at) {
        requireOpen("plan a page of");
        if (count <= 0 || lastKey == null) {
            throw new IllegalArgumentException("a planned page has records and a last key");
        }
        return new ResyncRequest(id, receiverId, groupId, enterpriseId, force, ResyncState.RUNNING, requestedBy, requestedAt,
                startedAt == null ? at : startedAt, null, planned + count, lastKey, null);
    }

    /** Nothing after the cursor: every record is planned. */
    public ResyncRequest done(Instant at) {
        requireOpen("finish");
        return new ResyncRequest(id, receiverId, groupId, enterpriseId, force, ResyncState.DONE, requestedBy, requestedAt,
                startedAt == null ? at : startedAt, at, planned, cursor, null);
    }

    /** Stopped for a reason (the receiver disabled or removed); what was planned stays planned. */
    public ResyncRequest failed(String reason, Instant at) {
        requireOpen("fail");
        return new ResyncRequest(id, receiverId, groupId, enterpriseId, force, ResyncState.FAILED, requestedBy, requestedAt,
                startedAt, at, planned, cursor, Objects.requireNonNull(reason, "reason"));
    }

    private void requireOpen(String what) {
        if (!open()) {
            throw new IllegalStateException("cannot " + what + " resync request " + id + ": it is " + state);
        }
    }
}
