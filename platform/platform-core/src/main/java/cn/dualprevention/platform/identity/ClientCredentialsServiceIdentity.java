package cn.dualprevention.platform.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ServiceIdentity} by the OAuth2 client credentials grant, with Spring Security's OAuth2 client
 * ({@link AuthorizedClientServiceOAuth2AuthorizedClientManager} over one in-memory client registration): the token
 * is kept and reused until a minute before it expires, then a new one is requested.
 *
 * <p>The token endpoint is {@code dp.identity.client.token-uri}, or else found by discovery from
 * {@code dp.identity.issuer-uri} — on the first use, never at startup (the issuer may start after the service), and
 * again on the next use after a failure. The client secret goes only to the token endpoint (HTTP Basic); it is
 * never logged and never part of an exception message.
 */
public class ClientCredentialsServiceIdentity implements ServiceIdentity {

    private static final Logger log = LoggerFactory.getLogger(ClientCredentialsServiceIdentity.class);
    private static final String REGISTRATION = "dp-service-identity";
    /** Renew this long before the token expires, so that a token handed out is still valid when it arrives. */
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final ServiceClientProperties client;
    private final String issuerUri;
    private final Clock clock;
    private volatile Authorizer authorizer;

    public ClientCredentialsServiceIdentity(ServiceClientProperties client, String issuerUri) {
        this(client, issuerUri, Clock.systemUTC());
    }

    /** With the clock that decides when the kept token is due for renewal (tests). */
    public ClientCredentialsServiceIdentity(ServiceClientProperties client, String issuerUri, Clock clock) {
        this.client = client == null ? new ServiceClientProperties(null, null, null) : client;
        this.issuerUri = issuerUri;
        this.clock = clock;
        if (this.client.hasId()) {
            log.info("service identity: OAuth2 client '{}', token endpoint {}", this.client.id(),
                    this.client.hasTokenUri() ? this.client.tokenUri() : "by discovery from " + issuerUri);
        }
    }

    @Override
    public String accessToken() {
        Authorizer current = authorizer();
        OAuth2AuthorizedClient authorized;
        try {
            authorized = current.manager().authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION)
                    .principal(client.id()).build());
        } catch (RuntimeException e) {
            log.warn("service identity '{}': no access token from {}: {}", client.id(), current.tokenUri(), e.getMessage());
            throw new ServiceIdentityUnavailableException("this service (OAuth2 client '" + client.id()
                    + "') could not obtain an access token from " + current.tokenUri() + ": " + e.getMessage(), e);
        }
        String token = authorized == null || authorized.getAccessToken() == null ? null
                : authorized.getAccessToken().getTokenValue();
        if (token == null || token.isBlank()) {
            throw new ServiceIdentityUnavailableException("the issuer's token endpoint " + current.tokenUri()
                    + " answered client '" + client.id() + "' without an access token");
        }
        return token;
    }

    /** The client manager, made on first use (discovering the token endpoint if needed); retried after a failure. */
    private Authorizer authorizer() {
        Authorizer current = authorizer;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (authorizer == null) {
                authorizer = newAuthorizer(registration());
            }
            return authorizer;
        }
    }

    private ClientRegistration registration() {
        if (!client.hasId() || !client.hasSecret()) {
            List<String> missing = new ArrayList<>();
            if (!client.hasId()) {
                missing.add(ServiceClientProperties.ID_PROPERTY);
            }
            if (!client.hasSecret()) {
                missing.add(ServiceClientProperties.SECRET_PROPERTY);
            }
            throw new ServiceIdentityUnavailableException("this service has no identity of its own for calls to other "
                    + "services: set " + String.join(" and ", missing) + " (an OAuth2 client of the identity provider "
                    + "with the client credentials grant whose tokens carry the group '*' and the role SERVICE)");
        }
        String tokenUri;
        ClientAuthenticationMethod authentication = ClientAuthenticationMethod.CLIENT_SECRET_BASIC;
        if (client.hasTokenUri()) {
            tokenUri = client.tokenUri();
        } else if (issuerUri != null && !issuerUri.isBlank()) {
            ClientRegistration discovered = discover();
            tokenUri = discovered.getProviderDetails().getTokenUri();
            if (ClientAuthenticationMethod.CLIENT_SECRET_POST.equals(discovered.getClientAuthenticationMethod())) {
                authentication = ClientAuthenticationMethod.CLIENT_SECRET_POST;
            }
        } else {
            throw new ServiceIdentityUnavailableException("this service's OAuth2 client '" + client.id() + "' has no token "
                    + "endpoint: set dp.identity.client.token-uri (DP_IDENTITY_CLIENT_TOKEN_URI) or dp.identity.issuer-uri "
                    + "(DP_OIDC_ISSUER_URI)");
        }
        // a registration of its own, without scopes: the discovered one would ask for every scope the issuer supports
        return ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(client.id()).clientSecret(client.secret())
                .clientAuthenticationMethod(authentication)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(tokenUri)
                .build();
    }

    /** The issuer's token endpoint and client authentication methods, by OIDC / OAuth2 authorization server metadata. */
    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromIssuerLocation(issuerUri).registrationId(REGISTRATION).clientId(client.id())
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build();
        } catch (RuntimeException e) {
            log.warn("service identity '{}': the issuer {} could not be discovered (retried on the next call): {}",
                    client.id(), issuerUri, e.getMessage());
            throw new ServiceIdentityUnavailableException("the issuer " + issuerUri + " could not be reached to find "
                    + "its token endpoint (set dp.identity.client.token-uri / DP_IDENTITY_CLIENT_TOKEN_URI to skip "
                    + "discovery): " + e.getMessage(), e);
        }
    }

    private Authorizer newAuthorizer(ClientRegistration registration) {
        RestClientClientCredentialsTokenResponseClient tokenClient = new RestClientClientCredentialsTokenResponseClient();
        tokenClient.setRestClient(tokenEndpointClient());
        ClientCredentialsOAuth2AuthorizedClientProvider provider = new ClientCredentialsOAuth2AuthorizedClientProvider();
        provider.setAccessTokenResponseClient(tokenClient);
        provider.setClockSkew(RENEW_BEFORE_EXPIRY);
        provider.setClock(clock);
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(provider);
        return new Authorizer(manager, registration.getProviderDetails().getTokenUri());
    }

    /** As Spring Security's default for token requests, with timeouts: a hanging issuer must not hang the caller. */
    private static RestClient tokenEndpointClient() {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        requests.setReadTimeout(READ_TIMEOUT);
        return RestClient.builder()
                .requestFactory(requests)
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new StringHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build();
    }

    private record Authorizer(AuthorizedClientServiceOAuth2AuthorizedClientManager manager, String tokenUri) {
    }
}
