package cn.dualprevention.exchange.delivery.domain;

import java.time.Instant;

/**
 * One line of a delivery's audit trail: what happened when (sent, accepted, rejected, receipt, failure), for which
 * version of the record, and the receiver's answer.
 */
public record DeliveryAttempt(Instant at, long revision, String outcome, String message, String batchId) {
}
