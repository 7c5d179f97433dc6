package cn.dualprevention.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where access tokens come from ({@code dp.identity.*}; environment {@code DP_OIDC_ISSUER_URI},
 * {@code DP_OIDC_JWK_SET_URI}, {@code DP_OIDC_AUDIENCE}) — the same settings the services read.
 *
 * @param issuerUri      the OIDC issuer; tokens must carry exactly this {@code iss}. Keys are found by OIDC
 *                       discovery on the first request (not at startup) unless {@code jwkSetUri} is set
 * @param jwkSetUri      the issuer's JWK set, to skip discovery
 * @param audience       a value the token's {@code aud} must contain; blank accepts any audience
 * @param corsOrigins    the console origins browsers may call the API from ({@code DP_CORS_ORIGINS}, comma-separated)
 */
@ConfigurationProperties("dp.identity")
public record IdentityProperties(String issuerUri, String jwkSetUri, String audience, List<String> corsOrigins) {

    public IdentityProperties {
        corsOrigins = corsOrigins == null ? List.of() : corsOrigins.stream().filter(o -> !o.isBlank()).toList();
    }

    boolean hasIssuer() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    boolean hasJwkSetUri() {
        return jwkSetUri != null && !jwkSetUri.isBlank();
    }

    boolean hasAudience() {
        return audience != null && !audience.isBlank();
    }
}
