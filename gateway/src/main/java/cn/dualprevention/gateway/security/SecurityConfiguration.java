package cn.dualprevention.gateway.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ResponseStatusException;

import cn.dualprevention.gateway.error.ProblemResponses;
import reactor.core.publisher.Mono;

/**
 * The gateway as an OAuth2 resource server: every {@code /api/**} request needs a valid JWT access token
 * (signature by the issuer's keys, expiry, issuer, audience); anything else is 401 problem+json and audited.
 * The token is relayed to the service unchanged (the service verifies it again). Health, metrics, Swagger UI
 * and the OpenAPI documents stay public. Security headers on every answer; CORS for the console origins.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String UNAUTHENTICATED = "urn:dp:problem:unauthenticated";
    static final String FORBIDDEN = "urn:dp:problem:forbidden";

    @Bean
    ReactiveJwtDecoder jwtDecoder(IdentityProperties identity) {
        if (!identity.hasIssuer()) {
            log.warn("dp.identity.issuer-uri (DP_OIDC_ISSUER_URI) is not set: every API request will be refused with 401");
            return token -> Mono.error(new BadJwtException("no token issuer is configured (DP_OIDC_ISSUER_URI)"));
        }
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(identity.issuerUri()));
        if (identity.hasAudience()) {
            validators.add(new JwtAudienceValidator(identity.audience()));
        }
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(validators);
        if (identity.hasJwkSetUri()) {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(identity.jwkSetUri()).build();
            decoder.setJwtValidator(validator);
            return issuerUnavailableAs503(decoder);
        }
        // discovery on first use, retried until the issuer answers: the gateway may start before its issuer
        return issuerUnavailableAs503(new SupplierReactiveJwtDecoder(() -> {
            NimbusReactiveJwtDecoder decoder = (NimbusReactiveJwtDecoder) ReactiveJwtDecoders.fromIssuerLocation(identity.issuerUri());
            decoder.setJwtValidator(validator);
            return decoder;
        }));
    }

    /**
     * A token that cannot be checked because the issuer (discovery, JWK set) is unreachable is not a bad token:
     * 503 problem+json, not 401 and not 500.
     */
    private static ReactiveJwtDecoder issuerUnavailableAs503(ReactiveJwtDecoder decoder) {
        return token -> decoder.decode(token).onErrorMap(
                e -> e instanceof JwtDecoderInitializationException || (e instanceof JwtException && !(e instanceof BadJwtException)),
                e -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The token issuer cannot be reached; try again shortly.", e));
    }

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder, TokenAudit audit,
                                       ProblemResponses problems, IdentityProperties identity) {
        ServerAuthenticationEntryPoint unauthenticated = (exchange, error) -> {
            audit.refused(exchange, error);
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    "missing-token".equals(TokenAudit.reasonOf(error)) ? "Bearer" : "Bearer error=\"invalid_token\"");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, detailOf(error));
        };
        return http
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(org.springframework.security.web.server.savedrequest.NoOpServerRequestCache.getInstance()))
                .cors(cors -> cors.configurationSource(corsOf(identity)))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(oauth2 -> oauth2
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((exchange, denied) ->
                                problems.write(exchange, HttpStatus.FORBIDDEN, FORBIDDEN, "Access denied."))
                        .jwt(jwt -> jwt.authenticationManager(audited(decoder, audit))))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'; object-src 'none'; base-uri 'none'")))
                .build();
    }

    /** Authenticates the JWT and reports the first use of each token as a login. */
    private static ReactiveAuthenticationManager audited(ReactiveJwtDecoder decoder, TokenAudit audit) {
        JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(decoder);
        return authentication -> manager.authenticate(authentication).doOnNext(result -> {
            if (result instanceof JwtAuthenticationToken token) {
                audit.accepted(token.getToken());
            }
        });
    }

    private static String detailOf(org.springframework.security.core.AuthenticationException error) {
        if ("missing-token".equals(TokenAudit.reasonOf(error))) {
            return "The request carries no bearer token (Authorization: Bearer ...).";
        }
        return "The bearer token is not valid: " + error.getMessage();
    }

    private static CorsConfigurationSource corsOf(IdentityProperties identity) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (identity.corsOrigins().isEmpty()) {
            return source;
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(identity.corsOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, "X-Request-Id", "If-Match"));
        cors.setExposedHeaders(List.of("X-Request-Id", HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION, HttpHeaders.CONTENT_DISPOSITION));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
