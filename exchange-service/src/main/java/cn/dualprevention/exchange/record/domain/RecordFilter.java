package cn.dualprevention.exchange.record.domain;

import java.util.Set;

/**
 * Which records to list: always one group, and only the enterprises the caller may see.
 *
 * @param enterpriseIds null for every enterprise of the group
 * @param state         null for any state
 * @param type          null for any record type
 */
public record RecordFilter(String groupId, Set<String> enterpriseIds, RecordState state, RecordType type, int limit) {
}
