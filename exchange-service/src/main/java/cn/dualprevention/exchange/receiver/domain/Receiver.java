package cn.dualprevention.exchange.receiver.domain;

import java.time.Instant;

/**
 * 数据接收方 — a place the enterprise's records must reach (a provincial hub, a park platform, the group's data
 * lake, the regulator stream). A receiver serves one enterprise (one enterprise = one account at the receiver);
 * the configured default stream receiver serves every enterprise ({@code enterpriseId} null).
 *
 * @param credentials   the name of the configured secret set it uses (http-batch), never the secrets themselves
 * @param secrets       the decrypted secrets, or null (kafka-stream, or not readable without the master key)
 * @param blockedReason why deliveries are stopped until a person acts (e.g. the receiver refused the credentials)
 * @param firstSyncAt   when the full sync of the first connection was planned; null until then
 * @param configuredAs  where the configuration defines it (e.g. {@code dp.exchange.receivers.henan-hub}), read-only
 *                      through the API; null for a receiver defined through the API
 */
public record Receiver(String id, long version, String groupId, String enterpriseId, String name, boolean enabled,
                       ReceiverProfile profile, String credentials, ReceiverSecrets secrets, String blockedReason,
                       Instant firstSyncAt, String configuredAs, Instant createdAt) {

    /** Defined by configuration (the source of truth), not through the API. */
    public boolean configured() {
        return configuredAs != null;
    }

    /** True when this receiver gets the records of {@code enterpriseId}. */
    public boolean serves(String enterprise) {
        return enterpriseId == null || enterpriseId.equals(enterprise);
    }

    public boolean deliverable() {
        return enabled && blockedReason == null;
    }

    public Receiver blocked(String reason) {
        return new Receiver(id, version + 1, groupId, enterpriseId, name, enabled, profile, credentials, secrets, reason,
                firstSyncAt, configuredAs, createdAt);
    }

    public Receiver synced(Instant at) {
        return new Receiver(id, version + 1, groupId, enterpriseId, name, enabled, profile, credentials, secrets,
                blockedReason, at, configuredAs, createdAt);
    }
}
