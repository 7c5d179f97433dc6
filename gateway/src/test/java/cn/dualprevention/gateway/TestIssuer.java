package cn.dualprevention.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;

/**
 * A token issuer for the gateway's tests: an RSA key whose public half is published as a JWK set by a
 * JDK HTTP server, so the gateway verifies tokens exactly as in production (fetching the JWK set).
 */
final class TestIssuer {

    static final String ISSUER = "https://issuer.dual-prevention.test";
    static final String AUDIENCE = "dp-api";

    private static final KeyPair KEYS = newKeyPair();
    private static final String KEY_ID = "test-key";
    private static final HttpServer JWKS = serveJwks();

    private TestIssuer() {
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("dp.identity.issuer-uri", () -> ISSUER);
        registry.add("dp.identity.audience", () -> AUDIENCE);
        registry.add("dp.identity.jwk-set-uri", () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/jwks");
    }

    static String bearer(String user) {
        return "Bearer " + token(user);
    }

    static String token(String user) {
        return token(claims -> claims.subject(user));
    }

    static String token(Consumer<JwtClaimsSet.Builder> customizer) {
        return sign(KEYS, customizer);
    }

    static String expired(String user) {
        Instant issued = Instant.now().minus(Duration.ofHours(1));
        return token(c -> c.subject(user).issuedAt(issued).notBefore(issued).expiresAt(Instant.now().minus(Duration.ofMinutes(10))));
    }

    static String signedByAnotherKey(String user) {
        return sign(newKeyPair(), c -> c.subject(user));
    }

    private static String sign(KeyPair keys, Consumer<JwtClaimsSet.Builder> customizer) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(ISSUER).audience(List.of(AUDIENCE))
                .id(UUID.randomUUID().toString()).issuedAt(now).notBefore(now).expiresAt(now.plus(Duration.ofHours(1)))
                .claim("group", "g-1").claim("enterprises", List.of("*")).claim("roles", List.of("GROUP_ADMIN"));
        customizer.accept(claims);
        // a foreign key uses the same key id: the signature, not a missing id, must give it away
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(KEY_ID).build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY_ID).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    private static HttpServer serveJwks() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] body = new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID(KEY_ID).build())
                    .toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
