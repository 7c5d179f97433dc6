package cn.dualprevention.platform.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the service's {@link JwtDecoder}: signature by the issuer's published keys, expiry, issuer and
 * audience. Without a configured issuer every token is refused — there is no way to switch checking off.
 */
public final class TokenVerifier {

    private static final Logger log = LoggerFactory.getLogger(TokenVerifier.class);

    private TokenVerifier() {
    }

    public static JwtDecoder decoder(IdentityProperties properties) {
        if (!properties.hasIssuer()) {
            log.warn("dp.identity.issuer-uri (DP_OIDC_ISSUER_URI) is not set: every API request will be refused with 401");
            return token -> {
                throw new BadJwtException("no token issuer is configured (DP_OIDC_ISSUER_URI)");
            };
        }
        OAuth2TokenValidator<Jwt> validator = validator(properties.issuerUri(), properties.audience());
        if (properties.jwkSetUri() != null && !properties.jwkSetUri().isBlank()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        // discovery on first use, retried until the issuer answers: a service starts before its issuer is up
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(properties.issuerUri());
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    /** Expiry and not-before (60 s skew), issuer, and — when one is configured — audience. */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(issuer));
        if (audience != null && !audience.isBlank()) {
            validators.add(new JwtAudienceValidator(audience));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }
}
