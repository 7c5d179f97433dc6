package cn.dualprevention.exchange.receiver.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Receiver settings ({@code dp.exchange.*}).
 *
 * @param masterKey the master key that encrypts stored secrets (base64 of 16, 24 or 32 bytes; env
 *                  {@code DP_EXCHANGE_MASTER_KEY}); without it only the local and test profiles use a dev key
 * @param stream    the default stream receiver
 * @param secrets   named secret sets, usually filled from the environment
 *                  (e.g. {@code DP_EXCHANGE_SECRETS_HENANHUB_PASSWORD})
 */
@ConfigurationProperties("dp.exchange")
public record ReceiverSettings(String masterKey, Stream stream, Map<String, SecretSet> secrets) {

    public ReceiverSettings {
        stream = stream == null ? new Stream(null, true) : stream;
        secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
    }

    /**
     * @param topicPrefix     topics {@code <prefix>.<recordType>} of the default stream receiver
     * @param defaultReceiver true: every enterprise's records go to the regulator stream
     */
    public record Stream(String topicPrefix, boolean defaultReceiver) {
        public Stream {
            topicPrefix = topicPrefix == null || topicPrefix.isBlank() ? "dp.regulator" : topicPrefix;
        }
    }

    /**
     * One receiver account: Basic user and password, AES-128 key and IV (16 characters, or base64 of 16 bytes).
     */
    public record SecretSet(String user, String password, String aesKey, String aesIv) {
        @Override
        public String toString() {
            return "SecretSet[redacted]";
        }
    }
}
