package cn.dualprevention.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * This service's own OAuth2 client at the identity provider ({@code dp.identity.client.*}; environment
 * {@code DP_IDENTITY_CLIENT_ID}, {@code DP_IDENTITY_CLIENT_SECRET}, {@code DP_IDENTITY_CLIENT_TOKEN_URI}), used by
 * {@link ServiceIdentity} for the client credentials grant. Only services that call other services need one.
 *
 * @param id       the client id, e.g. {@code dp-exchange-service}; blank: this service has no identity of its own
 * @param secret   the client secret (never logged, never shown by {@link #toString()})
 * @param tokenUri the issuer's token endpoint; blank: found by discovery from {@code dp.identity.issuer-uri} on
 *                 first use
 */
@ConfigurationProperties("dp.identity.client")
public record ServiceClientProperties(String id, String secret, String tokenUri) {

    public static final String ID_PROPERTY = "dp.identity.client.id (DP_IDENTITY_CLIENT_ID)";
    public static final String SECRET_PROPERTY = "dp.identity.client.secret (DP_IDENTITY_CLIENT_SECRET)";

    public boolean hasId() {
        return id != null && !id.isBlank();
    }

    public boolean hasSecret() {
        return secret != null && !secret.isBlank();
    }

    public boolean hasTokenUri() {
        return tokenUri != null && !tokenUri.isBlank();
    }

    @Override
    public String toString() {
        return "ServiceClientProperties[id=" + id + ", secret=" + (hasSecret() ? "******" : "(none)")
                + ", tokenUri=" + tokenUri + "]";
    }
}
