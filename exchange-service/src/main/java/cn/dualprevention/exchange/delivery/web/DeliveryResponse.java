package cn.dualprevention.exchange.delivery.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One record at one receiver.
 *
 * @param state       PENDING, SENT (awaiting the receipt), ACCEPTED, REJECTED or HELD
 * @param holdReasons why it is held (the rule it breaks), or what it waits for (its parent's acceptance)
 * @param message     the receiver's message when it rejected the record, or the last failure
 * @param history     what was sent when and with what answer (the latest {@code 20})
 * @param record      the record as kept, with the specification's field names
 */
public record DeliveryResponse(String receiverId, String recordType, String recordId, String enterpriseId, String state,
                               List<String> holdReasons, String message, int attempts, long revision, boolean deleted,
                               Instant pendingSince, Instant sentAt, Instant answeredAt, Instant updatedAt, String batchId,
                               List<Attempt> history, Map<String, Object> record) {

    public record Attempt(Instant at, long revision, String outcome, String message, String batchId) {
    }
}
