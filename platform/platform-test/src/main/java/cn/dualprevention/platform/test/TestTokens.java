package cn.dualprevention.platform.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The test identity provider: one RSA key pair per JVM. {@code @ServiceTest} makes the service trust
 * exactly this key, issuer and audience; {@link ApiClient} signs its callers' access tokens with it, with
 * the claims the platform reads (sub, name, group, enterprises, roles — see the platform's CallerClaims).
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.dual-prevention.test";
    public static final String AUDIENCE = "dp-api";
    /** The group claim of a suite service's token ({@code SERVICE}): every group. */
    public static final String EVERY_GROUP = "*";

    private static final KeyPair KEYS = newKeyPair();
    private static final NimbusJwtEncoder ENCODER = encoder(KEYS);

    private TestTokens() {
    }

    /** A decoder that trusts only the test key, issuer and audience — as strict as the production one. */
    public static JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(ISSUER), new JwtAudienceValidator(AUDIENCE)));
        return decoder;
    }

    /** A valid access token (one hour) for that caller; {@code enterprises} may be {@code ["*"]}. */
    public static String token(String user, String group, Collection<String> enterprises, Collection<String> roles) {
        return token(claims -> caller(claims, user, group, enterprises, roles));
    }

    /**
     * A valid access token of a suite service, as the identity provider issues it to the service's own client
     * (client credentials): subject = client id, group {@value #EVERY_GROUP}, every enterprise, role {@code SERVICE}.
     */
    public static String service(String clientId) {
        return token(clientId, EVERY_GROUP, List.of("*"), List.of("SERVICE"));
    }

    /** A valid access token with the standard claims (issuer, audience, one hour), then {@code claims} applied. */
    public static String token(Consumer<JwtClaimsSet.Builder> claims) {
        return sign(ENCODER, claims);
    }

    /** A token for that caller that expired ten minutes ago (beyond any clock skew). */
    public static String expired(String user, String group) {
        Instant issued = Instant.now().minus(Duration.ofHours(1));
        return token(claims -> caller(claims, user, group, List.of("*"), List.of())
                .issuedAt(issued).notBefore(issued).expiresAt(Instant.now().minus(Duration.ofMinutes(10))));
    }

    /** A well-formed token for that caller, signed by a key the service does not trust. */
    public static String signedByAnotherKey(String user, String group) {
        return sign(encoder(newKeyPair()), claims -> caller(claims, user, group, List.of("*"), List.of()));
    }

    private static JwtClaimsSet.Builder caller(JwtClaimsSet.Builder claims, String user, String group,
                                               Collection<String> enterprises, Collection<String> roles) {
        return claims.subject(user).claim("group", group).claim("enterprises", List.copyOf(enterprises))
                .claim("roles", List.copyOf(roles));
    }

    private static String sign(NimbusJwtEncoder encoder, Consumer<JwtClaimsSet.Builder> customizer) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(ISSUER).audience(List.of(AUDIENCE))
                .issuedAt(now).notBefore(now).expiresAt(now.plus(Duration.ofHours(1)));
        customizer.accept(claims);
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    private static NimbusJwtEncoder encoder(KeyPair keys) {
        return NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()).build();
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

    /** Imported by {@code @ServiceTest}: the service under test trusts the test key instead of a real issuer. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {

        @Bean
        JwtDecoder dpTestJwtDecoder() {
            return decoder();
        }
    }
}
