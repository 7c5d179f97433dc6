package cn.dualprevention.devissuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;

/** The issuer's RSA signing key: kept in a file when one is configured, so tokens outlive a restart. */
final class SigningKey {

    private SigningKey() {
    }

    static RSAKey load(String keyFile) {
        if (keyFile == null || keyFile.isBlank()) {
            return generate();
        }
        Path path = Path.of(keyFile);
        try {
            if (Files.exists(path)) {
                return RSAKey.parse(Files.readString(path, StandardCharsets.UTF_8));
            }
            RSAKey key = generate();
            if (path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
            Files.writeString(path, key.toJSONString(), StandardCharsets.UTF_8);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the signing key in " + path, e);
        } catch (ParseException e) {
            throw new IllegalStateException(path + " is not an RSA JWK: " + e.getMessage(), e);
        }
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
