package cn.dualprevention.exchange.receiver.infrastructure;

import cn.dualprevention.exchange.receiver.application.SecretBox;
import cn.dualprevention.exchange.receiver.domain.ReceiverSecrets;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Receiver secrets sealed with AES-256/128-GCM under the master key: {@code v1:<base64(nonce ‖ ciphertext+tag)>};
 * the plaintext is user, password, AES key and IV, length-prefixed.
 */
final class AesGcmSecretBox implements SecretBox {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** @param masterKey the key bytes (16, 24 or 32), or null when none is configured */
    AesGcmSecretBox(byte[] masterKey) {
        this.key = masterKey == null ? null : new SecretKeySpec(masterKey, "AES");
    }

    @Override
    public boolean available() {
        return key != null;
    }

    @Override
    public String seal(ReceiverSecrets secrets) {
        requireKey();
        byte[] plain = encode(secrets);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal receiver secrets", e);
        }
    }

    @Override
    public ReceiverSecrets open(String sealed) {
        requireKey();
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("sealed secrets in an unknown format");
        }
        byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return decode(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open receiver secrets (another master key?)");
        }
    }

    private void requireKey() {
        if (key == null) {
            throw new IllegalStateException("no master key configured (DP_EXCHANGE_MASTER_KEY)");
        }
    }

    private static byte[] encode(ReceiverSecrets secrets) {
        byte[][] parts = {bytes(secrets.user()), bytes(secrets.password()), secrets.aesKey(), secrets.aesIv()};
        int size = 0;
        for (byte[] part : parts) {
            size += 4 + (part == null ? 0 : part.length);
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        for (byte[] part : parts) {
            buffer.putInt(part == null ? -1 : part.length);
            if (part != null) {
                buffer.put(part);
            }
        }
        return buffer.array();
    }

    private static ReceiverSecrets decode(byte[] plain) {
        ByteBuffer buffer = ByteBuffer.wrap(plain);
        byte[][] parts = new byte[4][];
        for (int i = 0; i < parts.length; i++) {
            int length = buffer.getInt();
            if (length >= 0) {
                parts[i] = new byte[length];
                buffer.get(parts[i]);
            }
        }
        return new ReceiverSecrets(text(parts[0]), text(parts[1]), parts[2], parts[3]);
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
