package cn.dualprevention.platform.identity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service's own identity (服务身份) against a real token endpoint: a small HTTP server answering the client
 * credentials grant as an issuer does, checking the client's credentials and the grant type.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServiceIdentityTest {

    private static final String CLIENT = "dp-exchange-service";
    private static final String SECRET = "Xq7-never-in-a-log-9vZ";

    private FakeIssuer issuer;

    @BeforeEach
    void startIssuer() throws IOException {
        issuer = new FakeIssuer();
    }

    @AfterEach
    void stopIssuer() {
        issuer.stop();
    }

    @Test
    void withoutAClientEveryUseFailsNamingTheSettings() {
        ServiceIdentity none = new ClientCredentialsServiceIdentity(new ServiceClientProperties("", null, null), issuer.url());
        assertThatThrownBy(none::accessToken).isInstanceOf(ServiceIdentityUnavailableException.class)
                .hasMessageContaining("DP_IDENTITY_CLIENT_ID").hasMessageContaining("DP_IDENTITY_CLIENT_SECRET");
        ServiceIdentity noSecret = new ClientCredentialsServiceIdentity(new ServiceClientProperties(CLIENT, " ", null), issuer.url());
        assertThatThrownBy(noSecret::accessToken).isInstanceOf(ServiceIdentityUnavailableException.class)
                .hasMessageContaining("DP_IDENTITY_CLIENT_SECRET").hasMessageNotContaining("DP_IDENTITY_CLIENT_ID");
        assertThat(issuer.requests).isEmpty();
    }

    @Test
    void theClientCredentialsGrantAuthenticatesTheClientAndTheTokenIsKept() {
        ServiceIdentity identity = new ClientCredentialsServiceIdentity(client(issuer.tokenUri()), null);

        assertThat(identity.accessToken()).isEqualTo("token-1");
        assertThat(identity.accessToken()).isEqualTo("token-1");

        assertThat(issuer.tokenRequests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
            assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
            assertThat(request.form()).containsEntry("grant_type", "client_credentials").doesNotContainKey("scope")
                    .doesNotContainKey("client_secret");
        });
    }

    @Test
    void theTokenIsRenewedOnlyWhenItIsAboutToExpire() {
        MovableClock clock = new MovableClock(Instant.now());
        issuer.expiresIn.set(300);
        ServiceIdentity identity = new ClientCredentialsServiceIdentity(client(issuer.tokenUri()), null, clock);

        assertThat(identity.accessToken()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(200));
        assertThat(identity.accessToken()).as("still 100 s to live").isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(50));
        assertThat(identity.accessToken()).as("50 s to live: renewed").isEqualTo("token-2");
        // (token-2's expiry is counted from the wall clock, which this test's clock has overtaken: no further call)
        assertThat(issuer.tokenRequests()).hasSize(2);
    }

    @Test
    void theTokenEndpointIsDiscoveredOnFirstUseAndDiscoveryIsRetried() {
        issuer.discoveryUp.set(false);
        ServiceIdentity identity = new ClientCredentialsServiceIdentity(client(null), issuer.url());
        assertThat(issuer.requests).as("nothing is fetched before the first use").isEmpty();

        assertThatThrownBy(identity::accessToken).isInstanceOf(ServiceIdentityUnavailableException.class)
                .hasMessageContaining(issuer.url()).hasMessageContaining("DP_IDENTITY_CLIENT_TOKEN_URI");
        assertThat(issuer.tokenRequests()).isEmpty();

        issuer.discoveryUp.set(true);
        assertThat(identity.accessToken()).isEqualTo("token-1");
        assertThat(issuer.tokenRequests()).singleElement()
                .satisfies(request -> assertThat(request.form()).containsEntry("grant_type", "client_credentials")
                        .doesNotContainKey("scope"));
    }

    @Test
    void anIssuerThatIsDownGivesNoTokenButAFailure(CapturedOutput output) {
        ServiceIdentity identity = new ClientCredentialsServiceIdentity(client(issuer.tokenUri()), null);
        issuer.stop();
        assertThatThrownBy(identity::accessToken).isInstanceOf(ServiceIdentityUnavailableException.class)
                .hasMessageContaining(issuer.tokenUri()).hasMessageNotContaining(SECRET);
        assertThat(output.getAll()).doesNotContain(SECRET);
    }

    @Test
    void aRefusedClientGivesAFailureWithoutTheSecret(CapturedOutput output) {
        ServiceIdentity identity = new ClientCredentialsServiceIdentity(
                new ServiceClientProperties(CLIENT, "a-wrong-secret-3Fk", issuer.tokenUri()), null);
        assertThatThrownBy(identity::accessToken).isInstanceOf(ServiceIdentityUnavailableException.class)
                .hasMessageContaining("invalid_client").hasMessageNotContaining("a-wrong-secret-3Fk");
        assertThat(output.getAll()).doesNotContain("a-wrong-secret-3Fk").doesNotContain(SECRET);
        assertThat(new ServiceClientProperties(CLIENT, SECRET, null).toString()).doesNotContain(SECRET);
    }

    @Test
    void theInterceptorSendsTheServiceTokenAsBearer() {
        ServiceIdentity identity = new ClientCredentialsServiceIdentity(client(issuer.tokenUri()), null);
        RestClient rest = RestClient.builder().baseUrl(issuer.url())
                .requestInterceptor(new ServiceTokenInterceptor(identity)).build();

        assertThat(rest.get().uri("/api/v1/hazards/photos/p1").retrieve().body(String.class)).isEqualTo("photo");
        assertThat(issuer.requests).filteredOn(r -> r.path().equals("/api/v1/hazards/photos/p1")).singleElement()
                .satisfies(r -> assertThat(r.authorization()).isEqualTo("Bearer token-1"));
    }

    @Test
    void theInterceptorSendsNothingWithoutAToken() {
        RestClient rest = RestClient.builder().baseUrl(issuer.url())
                .requestInterceptor(new ServiceTokenInterceptor(
                        new ClientCredentialsServiceIdentity(new ServiceClientProperties(null, null, null), issuer.url())))
                .build();
        assertThatThrownBy(() -> rest.get().uri("/api/v1/hazards/photos/p1").retrieve().body(String.class))
                .isInstanceOf(ServiceIdentityUnavailableException.class);
        assertThat(issuer.requests).isEmpty();
    }

    private static ServiceClientProperties client(String tokenUri) {
        return new ServiceClientProperties(CLIENT, SECRET, tokenUri);
    }

    private record Request(String method, String path, String authorization, String contentType, Map<String, String> form) {
    }

    /** An issuer's discovery document and token endpoint (client credentials only), and a resource answering "photo". */
    private static final class FakeIssuer {

        final List<Request> requests = new CopyOnWriteArrayList<>();
        final AtomicInteger issued = new AtomicInteger();
        final AtomicInteger expiresIn = new AtomicInteger(3600);
        final AtomicReference<Boolean> discoveryUp = new AtomicReference<>(true);
        private final HttpServer server;
        private final String url;

        FakeIssuer() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            url = "http://127.0.0.1:" + server.getAddress().getPort();
            server.createContext("/", this::handle);
            server.start();
        }

        String url() {
            return url;
        }

        String tokenUri() {
            return url + "/token";
        }

        List<Request> tokenRequests() {
            return requests.stream().filter(r -> r.path().equals("/token")).toList();
        }

        private boolean stopped;

        synchronized void stop() {
            if (!stopped) {
                stopped = true;
                server.stop(0);
            }
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")), form(body));
            requests.add(request);
            switch (request.path()) {
                case "/.well-known/openid-configuration" -> {
                    if (!discoveryUp.get()) {
                        answer(exchange, 503, "text/plain", "starting");
                        return;
                    }
                    answer(exchange, 200, "application/json", """
                            {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                             "jwks_uri":"%1$s/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
                             "id_token_signing_alg_values_supported":["RS256"],
                             "grant_types_supported":["authorization_code","client_credentials"],
                             "scopes_supported":["openid","profile"],
                             "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post"]}"""
                            .formatted(url));
                }
                case "/token" -> token(exchange, request);
                case "/api/v1/hazards/photos/p1" -> answer(exchange, 200, "text/plain", "photo");
                default -> answer(exchange, 404, "text/plain", "no such thing");
            }
        }

        private void token(HttpExchange exchange, Request request) throws IOException {
            String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
            if (!"POST".equals(request.method()) || !expected.equals(request.authorization())) {
                answer(exchange, 401, "application/json",
                        "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}");
                return;
            }
            if (!"client_credentials".equals(request.form().get("grant_type"))) {
                answer(exchange, 400, "application/json", "{\"error\":\"unsupported_grant_type\"}");
                return;
            }
            answer(exchange, 200, "application/json", "{\"access_token\":\"token-" + issued.incrementAndGet()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn.get() + "}");
        }

        private static Map<String, String> form(String body) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                if (!pair.isEmpty()) {
                    String[] kv = pair.split("=", 2);
                    out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                }
            }
            return out;
        }

        private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration duration) {
            now.updateAndGet(t -> t.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
