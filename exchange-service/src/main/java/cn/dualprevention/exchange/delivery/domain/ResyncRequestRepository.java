package cn.dualprevention.exchange.delivery.domain;

import java.util.List;
import java.util.Optional;

/** Resync requests (全量重传请求). */
public interface ResyncRequestRepository {

    /** Stores a new request; false (nothing changed) when one with its id exists already. */
    boolean insert(ResyncRequest request);

    /** Stores the new state of a request, only while the stored one is still open; false when it was closed meanwhile. */
    boolean updateOpen(ResyncRequest request);

    Optional<ResyncRequest> find(String id);

    /** The open (queued or running) requests of a receiver, in the order they were made. */
    List<ResyncRequest> open(String receiverId);

    /** True when the receiver has an open request. */
    boolean anyOpen(String receiverId);

    /** A receiver's requests, newest first. */
    List<ResyncRequest> recent(String receiverId, int limit);

    void deleteOfReceiver(String receiverId);
}
