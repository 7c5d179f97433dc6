package cn.dualprevention.sandbox.hub.infrastructure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AesCbcTest {

    private static final byte[] KEY = "0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] IV = "fedcba9876543210".getBytes(StandardCharsets.UTF_8);
    private static final String JSON = "[{\"id\":\"a1\",\"name\":\"液氯储罐\"}]";
    /** {@code openssl enc -aes-128-cbc -K <hex key> -iv <hex iv> -base64 -A} of {@link #JSON}. */
    private static final String OPENSSL = "hCAWbPIheCE96JMxwY2sfkpkJYkwg22MoSXfPMkNi5Az/ePv5y9y/CdgyJjM2Ee4";

    @Test
    void matches_openssl_aes_128_cbc_pkcs5() {
        assertThat(AesCbc.encrypt(KEY, IV, JSON)).isEqualTo(OPENSSL);
        assertThat(AesCbc.decrypt(KEY, IV, OPENSSL)).isEqualTo(JSON);
    }

    @Test
    void round_trip_of_long_chinese_text() {
        String text = "隐患".repeat(5000) + "end";
        assertThat(AesCbc.decrypt(KEY, IV, AesCbc.encrypt(KEY, IV, text))).isEqualTo(text);
    }

    @Test
    void wrong_key_or_garbage_does_not_decrypt() {
        byte[] otherKey = "fedcba9876543210".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AesCbc.decrypt(otherKey, IV, OPENSSL))
                .isInstanceOf(AesCbc.DecryptionException.class);
        assertThatThrownBy(() -> AesCbc.decrypt(KEY, IV, "not base64 !"))
                .isInstanceOf(AesCbc.DecryptionException.class).hasMessageContaining("not base64");
        assertThatThrownBy(() -> AesCbc.decrypt(KEY, IV, "AAAA"))
                .isInstanceOf(AesCbc.DecryptionException.class);
    }

    @Test
    void envelope_and_records() {
        assertThat(BatchJson.datas("{\"datas\":\"abc\"}")).isEqualTo("abc");
        assertThatThrownBy(() -> BatchJson.datas("{\"data\":\"abc\"}")).isInstanceOf(BatchJson.EnvelopeException.class);
        assertThatThrownBy(() -> BatchJson.datas("{\"datas\":[1]}")).isInstanceOf(BatchJson.EnvelopeException.class);
        assertThatThrownBy(() -> BatchJson.datas("")).isInstanceOf(BatchJson.EnvelopeException.class);
        assertThat(BatchJson.records("[{\"a\":1.50,\"b\":\"x\"}]").get(0).get("a"))
                .isEqualTo(new java.math.BigDecimal("1.50"));
        assertThatThrownBy(() -> BatchJson.records("{\"a\":1}")).isInstanceOf(BatchJson.EnvelopeException.class);
        assertThatThrownBy(() -> BatchJson.records("[1,2]")).isInstanceOf(BatchJson.EnvelopeException.class);
        assertThatThrownBy(() -> BatchJson.records("[{\"a\":1,\"a\":2}]"))
                .isInstanceOf(BatchJson.EnvelopeException.class);
    }
}
