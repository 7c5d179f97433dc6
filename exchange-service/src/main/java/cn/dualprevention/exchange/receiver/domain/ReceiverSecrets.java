package cn.dualprevention.exchange.receiver.domain;

import java.util.Arrays;

/**
 * 接收方凭据 — what a receiver's account needs: Basic user and password, and the AES-128 key and IV of the
 * enterprise (16 bytes each). Never printed: {@link #toString()} names no value.
 */
public record ReceiverSecrets(String user, String password, byte[] aesKey, byte[] aesIv) {

    public ReceiverSecrets {
        aesKey = aesKey == null ? null : aesKey.clone();
        aesIv = aesIv == null ? null : aesIv.clone();
    }

    @Override
    public byte[] aesKey() {
        return aesKey == null ? null : aesKey.clone();
    }

    @Override
    public byte[] aesIv() {
        return aesIv == null ? null : aesIv.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReceiverSecrets that && java.util.Objects.equals(user, that.user)
                && java.util.Objects.equals(password, that.password) && Arrays.equals(aesKey, that.aesKey)
                && Arrays.equals(aesIv, that.aesIv);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(user, password, Arrays.hashCode(aesKey), Arrays.hashCode(aesIv));
    }

    @Override
    public String toString() {
        return "ReceiverSecrets[redacted]";
    }
}
