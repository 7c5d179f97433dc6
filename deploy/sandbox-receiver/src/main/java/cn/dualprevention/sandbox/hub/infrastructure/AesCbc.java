package cn.dualprevention.sandbox.hub.infrastructure;

import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The body encryption of the http-batch profile: AES-128-CBC with PKCS5 padding of the UTF-8 JSON text, base64
 * (standard alphabet) in {@code {"datas": "..."}}.
 */
public final class AesCbc {

    private static final String TRANSFORMATION = "AES/CBC/PKCS5Padding";

    private AesCbc() {
    }

    public static String encrypt(byte[] key, byte[] iv, String plaintext) {
        try {
            Cipher c = Cipher.getInstance(TRANSFORMATION);
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return Base64.getEncoder().encodeToString(c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES encryption failed: " + e.getMessage(), e);
        }
    }

    /** The plaintext; {@link DecryptionException} when {@code datas} is not base64 or does not decrypt. */
    public static String decrypt(byte[] key, byte[] iv, String datas) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(datas.strip());
        } catch (IllegalArgumentException e) {
            throw new DecryptionException("datas is not base64: " + e.getMessage());
        }
        try {
            Cipher c = Cipher.getInstance(TRANSFORMATION);
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(c.doFinal(bytes))).toString();
        } catch (BadPaddingException | IllegalBlockSizeException e) {
            throw new DecryptionException("cannot decrypt datas with this account's key and IV (" + e.getMessage()
                    + ")");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new DecryptionException("the decrypted datas is not UTF-8 (wrong key or IV?)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES decryption failed: " + e.getMessage(), e);
        }
    }

    /** The body cannot be decrypted. */
    public static final class DecryptionException extends RuntimeException {
        public DecryptionException(String message) {
            super(message);
        }
    }
}
