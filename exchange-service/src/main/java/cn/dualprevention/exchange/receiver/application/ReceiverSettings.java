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
 * @param receivers receivers defined by configuration ({@code dp.exchange.receivers.<name>.*}), brought up to date
 *                  at every start; the configuration is their source of truth (read-only through the API)
 */
@ConfigurationProperties("dp.exchange")
public record ReceiverSettings(String masterKey, Stream stream, Map<String, SecretSet> secrets,
                               Map<String, ConfiguredReceiver> receivers) {

    public ReceiverSettings {
        stream = stream == null ? new Stream(null, true) : stream;
        secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
        receivers = receivers == null ? Map.of() : Map.copyOf(receivers);
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

    /**
     * 配置的数据接收方 — a receiver defined in configuration, {@code dp.exchange.receivers.<name>.*}: the same settings
     * as {@code POST /api/v1/receivers} (kebab-case), for one or several enterprises named by id or by company code.
     * Each enterprise gets its own receiver {@code <name>-<enterpriseId>} (one enterprise = one account at the receiver),
     * created as soon as the enterprise is known.
     *
     * @param name            the display name (default: the configuration name)
     * @param enterpriseIds   enterprises by id
     * @param enterpriseCodes enterprises by company code (企业编码)
     * @param credentials     the secret set {@code dp.exchange.secrets.<set>.*} (http-batch)
     */
    public record ConfiguredReceiver(String name, java.util.List<String> enterpriseIds, java.util.List<String> enterpriseCodes,
                                     String profile, Boolean enabled, String topicPrefix, String baseUrl,
                                     Map<String, String> paths, Integer batchSize, String dateTimeFormat, String dateFormat,
                                     Map<String, String> riskClassCodes, Boolean acceptsWeekAndQuarter,
                                     Boolean integerCheckCycle, Boolean splitHazardCode, Boolean attachmentsAsDataUrl,
                                     Map<String, String> fieldNames, java.util.List<String> requiredFields,
                                     String acknowledgement, Integer receiptTimeoutSeconds, Integer timeoutSeconds,
                                     String credentials) {
    }
}
