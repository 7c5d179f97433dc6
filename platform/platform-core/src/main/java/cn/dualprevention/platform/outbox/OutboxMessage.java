package cn.dualprevention.platform.outbox;

import java.time.Instant;

/**
 * A message waiting in an aggregate document's {@code outbox} array, written in the same
 * single-document write as the state change it announces. The relay publishes {@code value}
 * unchanged to {@code topic} with {@code key}, then removes the entry.
 */
public record OutboxMessage(String messageId, String topic, String key, String type, Instant time, String requestId,
                            String value) {
}
