package cn.dualprevention.platform.events;

import tools.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * The envelope every domain event travels in: CloudEvents 1.0 attributes plus tenant, aggregate and
 * correlation. {@code type} is a stable versioned name such as {@code risk.unit.created.v1}.
 *
 * @param aggregateVersion version of the aggregate after the change; read models apply an event only
 *                         when it is newer than what they hold
 */
public record EventEnvelope(
        String id,
        String source,
        String type,
        String specversion,
        Instant time,
        String subject,
        String groupId,
        String enterpriseId,
        String aggregateType,
        String aggregateId,
        long aggregateVersion,
        String actor,
        String requestId,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
}
