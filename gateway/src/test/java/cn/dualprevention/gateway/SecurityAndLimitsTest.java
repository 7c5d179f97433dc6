package cn.dualprevention.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Tokens, forged identity headers, rate limits, body size limits, security headers and CORS at the gateway. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "eureka.client.enabled=false",
        "dp.gateway.limits.requests-per-period=5",
        "dp.gateway.limits.period=2s",
        "dp.gateway.limits.max-body=1KB",
        "dp.gateway.limits.max-upload=8KB",
        "dp.identity.cors-origins=https://console.example.cn"})
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class SecurityAndLimitsTest {

    private static final StubBackend RISK = StubBackend.start("risk-service");
    private static final StubBackend HAZARD = StubBackend.start("hazard-service");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestIssuer.register(registry);
        registry.add("spring.cloud.discovery.client.simple.instances.risk-service[0].uri", RISK::uri);
        registry.add("spring.cloud.discovery.client.simple.instances.hazard-service[0].uri", HAZARD::uri);
    }

    @AfterAll
    static void stop() {
        RISK.close();
        HAZARD.close();
    }

    @Autowired
    private WebTestClient client;

    @Test
    void withoutTokenEveryApiPathIs401ProblemAndNothingReachesTheService(CapturedOutput output) {
        String path = "/api/v1/risk-units/" + UUID.randomUUID();
        for (String p : List.of(path, "/api/v1/unknown/x", "/api/v1/hazards")) {
            expect401(client.get().uri(p).exchange(), p).jsonPath("$.detail").value(d -> assertThat((String) d).contains("no bearer token"));
        }
        expect401(client.post().uri("/api/v1/risk-units").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(),
                "/api/v1/risk-units");
        assertThat(RISK.receivedOn(path)).isEmpty();
        assertThat(output.getOut()).contains("event=token-refused reason=missing-token method=GET path=" + path);
    }

    @Test
    void expiredForeignKeyWrongIssuerAndWrongAudienceTokensAre401AndAudited(CapturedOutput output) {
        String path = "/api/v1/risk-units/" + UUID.randomUUID();
        expect401(get(path, TestIssuer.expired("u-exp")), path);
        expect401(get(path, TestIssuer.signedByAnotherKey("u-key")), path);
        expect401(get(path, TestIssuer.token(c -> c.subject("u-iss").issuer("https://elsewhere.example"))), path);
        expect401(get(path, TestIssuer.token(c -> c.subject("u-aud").audience(List.of("other-api")))), path);
        expect401(get(path, "not-a-jwt"), path);
        assertThat(RISK.receivedOn(path)).isEmpty();
        assertThat(output.getOut()).contains("event=token-refused reason=expired")
                .contains("event=token-refused reason=bad-signature")
                .contains("event=token-refused reason=wrong-issuer")
                .contains("event=token-refused reason=wrong-audience");
        String metrics = client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody().collectList().block().stream().reduce("", String::concat);
        assertThat(metrics).contains("dp_gateway_auth_failures_total{reason=\"expired\"")
                .contains("dp_gateway_auth_failures_total{reason=\"bad-signature\"");
    }

    @Test
    void aValidTokenPassesIsRelayedAndItsFirstUseIsAuditedAsALogin(CapturedOutput output) {
        String user = "login-" + UUID.randomUUID();
        String token = TestIssuer.token(user);
        String path = "/api/v1/risk-units/" + UUID.randomUUID();
        get(path, token).expectStatus().isOk();
        get(path, token).expectStatus().isOk();
        assertThat(RISK.receivedOn(path)).hasSize(2)
                .allSatisfy(r -> assertThat(r.headers().getFirst("Authorization")).isEqualTo("Bearer " + token));
        assertThat(output.getOut().split("event=login user=" + user, -1)).as("one login line per token").hasSize(2);
    }

    @Test
    void forgedIdentityHeadersNeverReachTheService() {
        String path = "/api/v1/risk-units/" + UUID.randomUUID();
        client.get().uri(path).header("Authorization", "Bearer " + TestIssuer.token("u-forge"))
                .header("X-DP-User", "admin").header("x-dp-group", "other").header("X-DP-Roles", "GROUP_ADMIN")
                .exchange().expectStatus().isOk();
        assertThat(RISK.receivedOn(path).getFirst().headers().keySet())
                .noneMatch(name -> name.toLowerCase().startsWith("x-dp-"));
    }

    @Test
    void aBurstOverTheLimitGets429WithRetryAfterAndTrafficResumesAfterTheWindow() {
        String token = TestIssuer.token("burst-" + UUID.randomUUID());
        String other = TestIssuer.token("calm-" + UUID.randomUUID());
        String path = "/api/v1/hazards/" + UUID.randomUUID();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(get(path, token).returnResult(String.class).getStatus().value());
        }
        assertThat(statuses).contains(429);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isBetween(5L, 10L);
        assertThat(HAZARD.receivedOn(path)).as("refused requests never reach the service")
                .hasSize((int) statuses.stream().filter(s -> s == 200).count());

        get(path, token).expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", v -> assertThat(Integer.parseInt(v)).isBetween(1, 2))
                .expectBody().jsonPath("$.status").isEqualTo(429).jsonPath("$.type").isEqualTo("urn:dp:problem:rate-limited");
        get(path, other).expectStatus().isOk(); // another client is not limited

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(path, token).returnResult(String.class).getStatus().value() == 200);
    }

    @Test
    void anOversizedBodyIs413ProblemAndUploadPathsTakeMore() {
        String token = "Bearer " + TestIssuer.token("size-" + UUID.randomUUID());
        byte[] twoKb = new byte[2048];
        client.post().uri("/api/v1/risk-units").header("Authorization", token).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(twoKb).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413).jsonPath("$.type").isEqualTo("urn:dp:problem:payload-too-large");
        client.post().uri("/api/v1/hazards/photos").header("Authorization", token).contentType(MediaType.IMAGE_JPEG)
                .bodyValue(twoKb).exchange().expectStatus().isOk();
        client.post().uri("/api/v1/hazards/photos").header("Authorization", token).contentType(MediaType.IMAGE_JPEG)
                .bodyValue(new byte[9000]).exchange().expectStatus().isEqualTo(413);
        client.post().uri("/api/v1/risk-units").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"ok\"}").exchange().expectStatus().isOk();
    }

    @Test
    void answersCarrySecurityHeaders() {
        client.get().uri("/api/v1/risk-units/" + UUID.randomUUID()).header("Authorization", "Bearer " + TestIssuer.token("hdr"))
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().value("Content-Security-Policy", v -> assertThat(v).contains("frame-ancestors 'none'"));
    }

    @Test
    void corsAllowsOnlyTheConsoleOrigins() {
        client.options().uri("/api/v1/risk-units").header("Origin", "https://console.example.cn")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization,content-type")
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://console.example.cn");
        client.options().uri("/api/v1/risk-units").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange().expectStatus().isForbidden();
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return client.method(HttpMethod.GET).uri(path).header("Authorization", "Bearer " + token).exchange();
    }

    private static WebTestClient.BodyContentSpec expect401(WebTestClient.ResponseSpec response, String path) {
        return response.expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("WWW-Authenticate", v -> assertThat(v).startsWith("Bearer"))
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.type").isEqualTo("urn:dp:problem:unauthenticated")
                .jsonPath("$.instance").isEqualTo(path);
    }
}
