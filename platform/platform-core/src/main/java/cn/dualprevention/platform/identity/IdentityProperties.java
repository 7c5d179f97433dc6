package cn.dualprevention.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the access tokens come from ({@code dp.identity.*}; environment {@code DP_OIDC_ISSUER_URI},
 * {@code DP_OIDC_JWK_SET_URI}, {@code DP_OIDC_AUDIENCE}).
 *
 * @param issuerUri the OIDC issuer; tokens must carry exactly this {@code iss}. Its signing keys are
 *                  found by OIDC discovery (on the first request, not at startup) unless {@code jwkSetUri} is set
 * @param jwkSetUri the issuer's JWK set, to skip discovery (e.g. an issuer reachable under another host name)
 * @param audience  a value the token's {@code aud} must contain; blank to accept any audience
 */
@ConfigurationProperties("dp.identity")
public record IdentityProperties(String issuerUri, String jwkSetUri, String audience) {

    public boolean hasIssuer() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
