package cn.dualprevention.exchange.delivery.web;

import java.time.Instant;

/**
 * A resync request (全量重传请求) as the API shows it.
 *
 * @param force   true: sent even what the receiver accepted before (a request); false: a receiver's first connection
 * @param state   QUEUED, RUNNING, DONE or FAILED
 * @param planned records planned so far (all of the enterprise once DONE)
 * @param message why it failed
 */
record ResyncResponse(String id, String receiverId, String enterpriseId, boolean force, String state, long planned,
                      String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt, String message) {
}
