package cn.dualprevention.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import cn.dualprevention.gateway.StubBackend.Reply;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * Failing services: down (port closed), no instance, slow, flaky, circuit open. The gateway answers
 * quickly with 503/504 problem+json, retries only reads.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "eureka.client.enabled=false",
    "dp.gateway.read-timeout=1s",
    "resilience4j.circuitbreaker.instances.exchange-service.minimum-number-of-calls=2",
    "resilience4j.circuitbreaker.instances.exchange-service.sliding-window-size=2",
    "resilience4j.circuitbreaker.instances.exchange-service.wait-duration-in-open-state=60s"})
@AutoConfigureWebTestClient
class GatewayResilienceTest {

    private static final Duration QUICK = Duration.ofSeconds(4);

    /** Answers a GET with 503 the first time a path is seen, then 200; always 503 to a POST; 500 on /broken. */
    private static final StubBackend HAZARD = StubBackend.start("hazard-service");

    /** Answers after 3 s (longer than the 1 s read timeout of this test). */
    private static final StubBackend INSPECTION = StubBackend.start("inspection-service");

    private static final ConcurrentMap<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    static {
        HAZARD.respondWith(request -> {
            int call = CALLS.computeIfAbsent(request.method() + request.path(), k -> new AtomicInteger()).incrementAndGet();
            if (request.path().endsWith("/broken")) {
                return Reply.of(500, "{\"title\":\"boom\"}");
            }
            if ("POST".equals(request.method()) || call == 1) {
                return Reply.of(503, "{\"title\":\"busy\"}");
            }
            return Reply.of(200, "{\"call\":" + call + "}");
        });
        INSPECTION.respondWith(request -> new Reply(200, "{\"slow\":true}", 3000));
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestIssuer.register(registry);
        String prefix = "spring.cloud.discovery.client.simple.instances.";
        registry.add(prefix + "risk-service[0].uri", () -> "http://127.0.0.1:" + StubBackend.closedPort());
        registry.add(prefix + "exchange-service[0].uri", () -> "http://127.0.0.1:" + StubBackend.closedPort());
        registry.add(prefix + "hazard-service[0].uri", HAZARD::uri);
        registry.add(prefix + "inspection-service[0].uri", INSPECTION::uri);
        // assessment-service: no instance at all
    }

    @AfterAll
    static void stopServices() {
        HAZARD.close();
        INSPECTION.close();
    }

    private static final String BEARER = TestIssuer.bearer("u-1");

    private WebTestClient client;

    @Autowired
    void client(WebTestClient client) {
        this.client = client.mutate().defaultHeader("Authorization", BEARER).build();
    }

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    @Test
    void downServiceAnswersReadsQuicklyWith503ProblemJson() {
        String path = "/api/v1/risk-units/" + UUID.randomUUID();
        expectProblem(timed(() -> client.get().uri(path).exchange()), 503, path)
                .jsonPath("$.type").isEqualTo("urn:dp:problem:service-unavailable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("risk-service"))
                .jsonPath("$.service").isEqualTo("risk-service");
    }

    @Test
    void downServiceAnswersWritesQuicklyWith503ProblemJson() {
        String path = "/api/v1/risk-units";
        expectProblem(timed(() -> client.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"name\":\"x\"}").exchange()), 503, path)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("risk-service"));
    }

    @Test
    void serviceWithoutInstanceAnswers503() {
        String path = "/api/v1/scores/" + UUID.randomUUID();
        expectProblem(timed(() -> client.get().uri(path).exchange()), 503, path)
                .jsonPath("$.detail").isEqualTo("assessment-service has no available instance");
    }

    @Test
    void apiDocsOfADownServiceAre503Too() {
        expectProblem(timed(() -> client.get().uri("/v3/api-docs/risk-service").exchange()), 503,
                "/v3/api-docs/risk-service")
                .jsonPath("$.service").isEqualTo("risk-service");
    }

    @Test
    void slowReadAnswers504() {
        String path = "/api/v1/inspection-tasks/" + UUID.randomUUID();
        expectProblem(timed(() -> client.get().uri(path).exchange()), 504, path)
                .jsonPath("$.type").isEqualTo("urn:dp:problem:gateway-timeout")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("inspection-service"));
        assertThat(INSPECTION.receivedOn(path)).as("a timed-out read is not retried").hasSize(1);
    }

    @Test
    void failedReadIsRetriedAndSucceeds() {
        String path = "/api/v1/hazards/" + UUID.randomUUID();
        client.get().uri(path)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.call").isEqualTo(2);

        assertThat(HAZARD.receivedOn(path)).hasSize(2);
    }

    @Test
    void failedWriteIsNotRetried() {
        String path = "/api/v1/hazards/" + UUID.randomUUID() + "/rectifications";
        client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{\"step\":1}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.title").isEqualTo("busy");

        assertThat(HAZARD.receivedOn(path)).hasSize(1);
    }

    @Test
    void readFailingWith500IsNotRetried() {
        String path = "/api/v1/hazards/" + UUID.randomUUID() + "/broken";
        client.get().uri(path)
                .exchange()
                .expectStatus().isEqualTo(500)
                .expectBody().jsonPath("$.title").isEqualTo("boom");

        assertThat(HAZARD.receivedOn(path)).hasSize(1);
    }

    @Test
    void circuitOpensAfterFailuresAndStillAnswers503Quickly() {
        for (int i = 0; i < 2; i++) {
            client.post().uri("/api/v1/deliveries").bodyValue("{}").exchange().expectStatus().isEqualTo(503);
        }
        assertThat(circuitBreakers.circuitBreaker("exchange-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);

        expectProblem(timed(() -> client.get().uri("/api/v1/receivers/R1").exchange()), 503, "/api/v1/receivers/R1")
                .jsonPath("$.detail").isEqualTo("exchange-service is unavailable (circuit breaker open)");

        client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.circuitBreakers.details['exchange-service'].status").isEqualTo("CIRCUIT_OPEN");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    private static ResponseSpec timed(java.util.function.Supplier<ResponseSpec> call) {
        long start = System.nanoTime();
        ResponseSpec response = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("answered quickly").isLessThan(QUICK);
        return response;
    }

    private static WebTestClient.BodyContentSpec expectProblem(ResponseSpec response, int status, String path) {
        return response
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.instance").isEqualTo(path);
    }
}
