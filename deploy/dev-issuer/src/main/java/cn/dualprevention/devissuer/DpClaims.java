package cn.dualprevention.devissuer;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts the platform's identity claims in every access token (and the display name in ID tokens): {@code group},
 * {@code enterprises}, {@code roles}, {@code name} of the demo user or machine client, and the API audience.
 * The claim names are the ones {@code cn.dualprevention.platform.identity.CallerClaims} reads.
 */
@Component
public class DpClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final DevIssuerProperties properties;

    public DpClaims(DevIssuerProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        String principal = context.getPrincipal().getName();
        DevIssuerProperties.Identity identity = properties.identityOf(principal).orElse(null);
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            JwtClaimsSet.Builder claims = context.getClaims();
            List<String> audience = new ArrayList<>();
            audience.add(properties.audience());
            audience.add(context.getRegisteredClient().getClientId());
            claims.audience(audience);
            if (identity != null) {
                apply(claims, identity);
            }
        } else if (identity != null && identity.name() != null) {
            context.getClaims().claim("name", identity.name());
        }
    }

    static void apply(JwtClaimsSet.Builder claims, DevIssuerProperties.Identity identity) {
        claims.claim("group", identity.group())
                .claim("enterprises", identity.enterprises())
                .claim("roles", identity.roles());
        if (identity.name() != null) {
            claims.claim("name", identity.name());
        }
    }
}
