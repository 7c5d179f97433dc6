package cn.dualprevention.exchange.receiver.infrastructure;

import cn.dualprevention.exchange.receiver.domain.ReceiverSecrets;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Receiver secrets are sealed with AES-GCM under the master key, and the dev key exists only where allowed. */
class SecretSealingTest {

    private static final byte[] KEY = Base64.getDecoder().decode("dGVzdC1tYXN0ZXIta2V5LW9mLTMyLWJ5dGVzLWxvbmc=");
    private static final ReceiverSecrets SECRETS = new ReceiverSecrets("ent-a", "Pa55-w0rd!",
            "DpSandboxKey0001".getBytes(StandardCharsets.UTF_8), "DpSandboxIv00001".getBytes(StandardCharsets.UTF_8));

    @Test
    void sealedSecretsOpenOnlyWithTheSameMasterKeyAndShowNoValue() {
        AesGcmSecretBox box = new AesGcmSecretBox(KEY);
        String sealed = box.seal(SECRETS);
        assertThat(sealed).startsWith("v1:").doesNotContain("Pa55", "ent-a", "DpSandbox");
        assertThat(box.seal(SECRETS)).isNotEqualTo(sealed); // a fresh nonce every time
        assertThat(box.open(sealed)).isEqualTo(SECRETS);
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertThatThrownBy(() -> new AesGcmSecretBox(other).open(sealed)).hasMessageContaining("another master key")
                .hasMessageNotContaining("Pa55");
        String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> box.open(tampered)).isInstanceOf(IllegalStateException.class);
        assertThat(SECRETS.toString()).isEqualTo("ReceiverSecrets[redacted]");
    }

    @Test
    void withoutAMasterKeyOnlyLocalAndTestUseTheDevKey() {
        assertThat(MasterKeyConfig.masterKey(null, true)).hasSize(32);
        assertThat(MasterKeyConfig.masterKey("  ", false)).isNull();
        assertThat(new AesGcmSecretBox(null).available()).isFalse();
        assertThatThrownBy(() -> new AesGcmSecretBox(null).seal(SECRETS)).hasMessageContaining("DP_EXCHANGE_MASTER_KEY");
        assertThat(MasterKeyConfig.masterKey("dGVzdC1tYXN0ZXIta2V5LW9mLTMyLWJ5dGVzLWxvbmc=", false)).isEqualTo(KEY);
        assertThatThrownBy(() -> MasterKeyConfig.masterKey("c2hvcnQ=", true)).hasMessageContaining("16, 24 or 32 bytes");
        assertThatThrownBy(() -> MasterKeyConfig.masterKey("not base64!", true)).hasMessageContaining("base64");
    }
}
