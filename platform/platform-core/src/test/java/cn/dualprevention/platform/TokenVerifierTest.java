package cn.dualprevention.platform;

import cn.dualprevention.platform.identity.IdentityProperties;
import cn.dualprevention.platform.identity.TokenVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production decoder: keys by OIDC discovery from the issuer, found on first use, then issuer and audience. */
class TokenVerifierTest {

    private HttpServer issuer;
    private String issuerUri;
    private RSAKey key;
    private final AtomicInteger discoveries = new AtomicInteger();

    @BeforeEach
    void startIssuer() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate()).keyID("k1").build();
        issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuerUri = "http://127.0.0.1:" + issuer.getAddress().getPort();
        issuer.createContext("/.well-known/openid-configuration", ex -> {
            discoveries.incrementAndGet();
            reply(ex, "{\"issuer\":\"" + issuerUri + "\",\"jwks_uri\":\"" + issuerUri + "/jwks\","
                    + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
        });
        issuer.createContext("/jwks", ex -> reply(ex, new JWKSet(key.toPublicJWK()).toString()));
        issuer.start();
    }

    @AfterEach
    void stopIssuer() {
        issuer.stop(0);
    }

    @Test
    void findsTheKeysByDiscoveryOnFirstUseAndChecksIssuerAndAudience() {
        JwtDecoder decoder = TokenVerifier.decoder(new IdentityProperties(issuerUri, null, "dp-api"));
        assertThat(discoveries.get()).as("nothing is fetched at startup").isZero();

        assertThat(decoder.decode(token(issuerUri, "dp-api")).getSubject()).isEqualTo("li.na");
        assertThat(discoveries.get()).isEqualTo(1);
        assertThatThrownBy(() -> decoder.decode(token("http://elsewhere", "dp-api"))).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(token(issuerUri, "other-api"))).isInstanceOf(BadJwtException.class);
    }

    @Test
    void anUnreachableIssuerIsNotABadToken() {
        issuer.stop(0);
        JwtDecoder decoder = TokenVerifier.decoder(new IdentityProperties(issuerUri, null, "dp-api"));
        // the filter answers 503 for these (not 401: the token may well be valid)
        assertThatThrownBy(() -> decoder.decode(token(issuerUri, "dp-api")))
                .isInstanceOfAny(JwtException.class, JwtDecoderInitializationException.class).isNotInstanceOf(BadJwtException.class);
    }

    @Test
    void withoutAnIssuerEveryTokenIsRefused() {
        JwtDecoder decoder = TokenVerifier.decoder(new IdentityProperties("", null, "dp-api"));
        assertThatThrownBy(() -> decoder.decode(token(issuerUri, "dp-api"))).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("DP_OIDC_ISSUER_URI");
    }

    private String token(String iss, String audience) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(iss).audience(List.of(audience)).subject("li.na")
                .claim("group", "g1").issuedAt(now).expiresAt(now.plusSeconds(300)).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("k1").build(), claims))
                .getTokenValue();
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }
}
