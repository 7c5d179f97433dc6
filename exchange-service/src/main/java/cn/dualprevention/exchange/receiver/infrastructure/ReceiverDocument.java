package cn.dualprevention.exchange.receiver.infrastructure;

import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A receiver in {@code receivers}. The secrets are only ever stored sealed ({@code sealedSecrets}, AES-GCM under
 * the master key); {@code configuredAs} names the configuration that defines it (null: defined through the API);
 * field-name variants as {@code recordType.field=name} (Mongo keys cannot hold dots).
 */
@org.springframework.data.mongodb.core.mapping.Document("receivers")
record ReceiverDocument(@Id String id, long version, String groupId, String enterpriseId, String name, boolean enabled,
                        String kind, String topicPrefix, String baseUrl, Map<String, String> paths, int batchSize,
                        String dateTimeFormat, String dateFormat, Map<String, String> riskClassCodes, boolean acceptsWeekAndQuarter,
                        boolean integerCheckCycle, boolean splitHazardCode, boolean attachmentsAsDataUrl,
                        List<String> fieldNames, List<String> requiredFields, String acknowledgement,
                        long receiptTimeoutSeconds, long timeoutSeconds, String credentials, String sealedSecrets,
                        String blockedReason, Instant firstSyncAt, String configuredAs, Instant createdAt) implements AggregateDocument {
}
