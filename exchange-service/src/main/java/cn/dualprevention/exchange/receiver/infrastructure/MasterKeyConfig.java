package cn.dualprevention.exchange.receiver.infrastructure;

import cn.dualprevention.exchange.receiver.application.ReceiverSettings;
import cn.dualprevention.exchange.receiver.application.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The master key that seals receiver secrets: {@code dp.exchange.master-key} (env {@code DP_EXCHANGE_MASTER_KEY},
 * base64 of 16, 24 or 32 bytes). Without one, the {@code local} and {@code test} profiles use a well-known dev key
 * (with a warning); any other profile runs without one: secrets can then be neither stored nor used.
 */
@Configuration
class MasterKeyConfig {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyConfig.class);

    @Bean
    SecretBox secretBox(ReceiverSettings settings, Environment environment) {
        return new AesGcmSecretBox(masterKey(settings.masterKey(), environment.acceptsProfiles(Profiles.of("local", "test"))));
    }

    /** The key bytes; the dev key only when allowed; null when there is none. */
    static byte[] masterKey(String configured, boolean devKeyAllowed) {
        if (configured != null && !configured.isBlank()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(configured.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("DP_EXCHANGE_MASTER_KEY must be base64 of 16, 24 or 32 bytes");
            }
            if (key.length != 16 && key.length != 24 && key.length != 32) {
                throw new IllegalStateException("DP_EXCHANGE_MASTER_KEY must be base64 of 16, 24 or 32 bytes, not " + key.length);
            }
            return key;
        }
        if (devKeyAllowed) {
            log.warn("No DP_EXCHANGE_MASTER_KEY: receiver secrets are sealed with the well-known DEV key "
                    + "(local/test profile only; never use this outside a laptop)");
            try {
                return MessageDigest.getInstance("SHA-256").digest("dp-exchange-dev-master-key".getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        log.warn("No DP_EXCHANGE_MASTER_KEY: receivers that need secrets (http-batch) cannot be created or delivered to");
        return null;
    }
}
