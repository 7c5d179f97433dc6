package cn.dualprevention.exchange.receiver.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A receiver as the API shows it: its settings, the NAME of its secret set and whether secrets are stored —
 * never a secret. {@code source}: {@code configuration} (read-only here; {@code configuredAs} names the property that
 * defines it) or {@code api}.
 */
public record ReceiverResponse(String id, String name, String enterpriseId, String profile, boolean enabled,
                               String topicPrefix, String baseUrl, Map<String, String> paths, Integer batchSize,
                               String dateTimeFormat, String dateFormat, Map<String, String> riskClassCodes, Boolean acceptsWeekAndQuarter,
                               Boolean integerCheckCycle, Boolean splitHazardCode, Boolean attachmentsAsDataUrl,
                               Map<String, String> fieldNames, List<String> requiredFields, String acknowledgement,
                               Long receiptTimeoutSeconds, Long timeoutSeconds, String credentials, boolean secretsStored,
                               String blockedReason, Instant firstSyncAt, boolean configured, String source,
                               String configuredAs, Instant createdAt) {
}
