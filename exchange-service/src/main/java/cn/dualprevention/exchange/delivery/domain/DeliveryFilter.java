package cn.dualprevention.exchange.delivery.domain;

import cn.dualprevention.exchange.record.domain.RecordType;

import java.time.Instant;
import java.util.Set;

/**
 * Which deliveries to list.
 *
 * @param groupId       the caller's group; the configured receivers' deliveries are narrowed by enterprise
 * @param enterpriseIds null: every enterprise of the group
 * @param from          changed at or after (null: any)
 * @param to            changed before (null: any)
 */
public record DeliveryFilter(String groupId, Set<String> enterpriseIds, String receiverId, RecordType type,
                             DeliveryState state, Instant from, Instant to, int limit) {
}
