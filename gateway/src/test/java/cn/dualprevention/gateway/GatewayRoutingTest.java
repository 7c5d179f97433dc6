package cn.dualprevention.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.client.discovery.event.HeartbeatEvent;
import org.springframework.cloud.gateway.event.RefreshRoutesEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.dualprevention.gateway.StubBackend.Received;

/** Every route family reaches its service unchanged; request ids, 404s, Swagger UI and actuator. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class GatewayRoutingTest {

    private static final Map<String, StubBackend> SERVICES = Map.of(
            "risk-service", StubBackend.start("risk-service"),
            "inspection-service", StubBackend.start("inspection-service"),
            "hazard-service", StubBackend.start("hazard-service"),
            "assessment-service", StubBackend.start("assessment-service"),
            "exchange-service", StubBackend.start("exchange-service"));

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestIssuer.register(registry);
        SERVICES.forEach((name, stub) ->
                registry.add("spring.cloud.discovery.client.simple.instances." + name + "[0].uri", stub::uri));
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(StubBackend::close);
    }

    private static final String BEARER = TestIssuer.bearer("u-1");

    private WebTestClient client;
    private WebTestClient plainClient;

    private ApplicationEventPublisher events;
    private RouteRefreshes routeRefreshes;

    @Autowired
    void client(WebTestClient client, ApplicationEventPublisher events, RouteRefreshes routeRefreshes) {
        this.events = events;
        this.routeRefreshes = routeRefreshes;
        this.plainClient = client;
        this.client = client.mutate().defaultHeader("Authorization", BEARER).build();
    }

    /** Counts the gateway's route rebuilds. */
    @TestConfiguration(proxyBeanMethods = false)
    static class RouteRefreshes implements ApplicationListener<RefreshRoutesEvent> {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public void onApplicationEvent(RefreshRoutesEvent event) {
            count.incrementAndGet();
        }

        int count() {
            return count.get();
        }
    }

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("/api/v1/enterprises", "risk-service"),
                Arguments.of("/api/v1/enterprises/E1/sites", "risk-service"),
                Arguments.of("/api/v1/org/units", "risk-service"),
                Arguments.of("/api/v1/risk-objects/O1", "risk-service"),
                Arguments.of("/api/v1/risk-units", "risk-service"),
                Arguments.of("/api/v1/risk-events/V1", "risk-service"),
                Arguments.of("/api/v1/control-measures/C1", "risk-service"),
                Arguments.of("/api/v1/risk-map", "risk-service"),
                Arguments.of("/api/v1/inspection-tasks/T1", "inspection-service"),
                Arguments.of("/api/v1/inspection-cycles", "inspection-service"),
                Arguments.of("/api/v1/inspection-records/R1", "inspection-service"),
                Arguments.of("/api/v1/unit-stops/S1", "inspection-service"),
                Arguments.of("/api/v1/me/tasks", "inspection-service"),
                Arguments.of("/api/v1/hazards", "hazard-service"),
                Arguments.of("/api/v1/hazards/H1/rectifications", "hazard-service"),
                Arguments.of("/api/v1/indicators/I1", "assessment-service"),
                Arguments.of("/api/v1/scores", "assessment-service"),
                Arguments.of("/api/v1/rankings/2026", "assessment-service"),
                Arguments.of("/api/v1/warnings/W1", "assessment-service"),
                Arguments.of("/api/v1/evaluations", "assessment-service"),
                Arguments.of("/api/v1/receivers/X1", "exchange-service"),
                Arguments.of("/receipts/X1", "exchange-service"),
                Arguments.of("/api/v1/points", "assessment-service"),
                Arguments.of("/api/v1/deliveries", "exchange-service"));
    }

    @ParameterizedTest
    @MethodSource("routes")
    void getReachesItsServiceWithPathQueryAndTheTokenButNoClientIdentityHeaders(String path, String service) {
        String requestPath = path + "/" + UUID.randomUUID();
        client.get().uri(requestPath + "?page=2&size=5")
                .header("X-DP-User", "u-1").header("X-DP-Group", "g-1")
                .header("X-DP-Enterprises", "e-1,e-2").header("X-DP-Roles", "ADMIN,INSPECTOR")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Stub-Service", service)
                .expectBody().jsonPath("$.path").isEqualTo(requestPath);

        Received received = only(service, requestPath);
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.query()).isEqualTo("page=2&size=5");
        assertThat(received.headers().getFirst("Authorization")).as("token relayed unchanged").isEqualTo(BEARER);
        assertThat(received.headers().keySet()).noneMatch(name -> name.toLowerCase().startsWith("x-dp-"));
    }

    @ParameterizedTest
    @MethodSource("routes")
    void writeReachesItsServiceWithBodyAndStatus(String path, String service) {
        String body = "{\"name\":\"泄漏 " + UUID.randomUUID() + "\"}";
        client.method(HttpMethod.POST).uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-DP-User", "u-2").header("X-DP-Group", "g-2")
                .header("X-Stub-Status", "201")
                .bodyValue(body)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("X-Stub-Service", service)
                .expectBody().jsonPath("$.method").isEqualTo("POST").jsonPath("$.path").isEqualTo(path);

        Received received = SERVICES.get(service).receivedOn(path).stream()
                .filter(r -> r.body().equals(body)).findFirst().orElseThrow();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.headers().keySet()).noneMatch(name -> name.toLowerCase().startsWith("x-dp-"));
        assertThat(received.headers().getFirst("Content-Type")).startsWith("application/json");
    }

    @Test
    void eachServicesAuditTrailIsReachableUnderItsName() {
        for (String service : SERVICES.keySet()) {
            String aggregateId = UUID.randomUUID().toString();
            client.get().uri("/api/v1/audit/" + service + "?aggregateId=" + aggregateId)
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("X-Stub-Service", service);
            assertThat(SERVICES.get(service).receivedOn("/api/v1/audit"))
                    .anySatisfy(r -> assertThat(r.query()).isEqualTo("aggregateId=" + aggregateId));
        }
    }

    @Test
    void otherMethodsAndServiceErrorsPassThrough() {
        client.method(HttpMethod.DELETE).uri("/api/v1/hazards/H9")
                .header("X-Stub-Status", "409")
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.method").isEqualTo("DELETE");
        client.method(HttpMethod.PATCH).uri("/api/v1/risk-units/U9")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"level\":\"RED\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.method").isEqualTo("PATCH");
    }

    @Test
    void generatesRequestIdWhenMissingAndForwardsAndEchoesIt(CapturedOutput output) {
        String path = "/api/v1/scores/" + UUID.randomUUID();
        String echoed = client.get().uri(path)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(echoed).isNotNull();
        assertThat(UUID.fromString(echoed)).isNotNull();
        assertThat(only("assessment-service", path).headers().getFirst("X-Request-Id")).isEqualTo(echoed);
        assertThat(output.getOut()).containsPattern("\\[[^\\]]*," + echoed + "\\] .*GET " + path + " -> 200");
    }

    @Test
    void keepsTheClientsRequestId() {
        String path = "/api/v1/deliveries/" + UUID.randomUUID();
        client.get().uri(path).header("X-Request-Id", "client-id-42")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "client-id-42");

        assertThat(only("exchange-service", path).headers().get("X-Request-Id")).containsExactly("client-id-42");
    }

    @Test
    void replacesARequestIdThatCouldForgeLogLines() {
        String path = "/api/v1/deliveries/" + UUID.randomUUID();
        String echoed = client.get().uri(path).header("X-Request-Id", "a b {evil}")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(UUID.fromString(echoed)).isNotNull();
        assertThat(only("exchange-service", path).headers().getFirst("X-Request-Id")).isEqualTo(echoed);
    }

    @Test
    void unknownPathsAreProblemJson404() {
        for (String path : new String[] {"/api/v1/unknown", "/api/v1/risk-unitsX/1", "/api/v2/risk-units", "/nothing"}) {
            client.get().uri(path)
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().exists("X-Request-Id")
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(404)
                    .jsonPath("$.title").isEqualTo("Not Found")
                    .jsonPath("$.type").isEqualTo("about:blank")
                    .jsonPath("$.instance").isEqualTo(path)
                    .jsonPath("$.detail").isNotEmpty();
        }
    }

    @Test
    void otherGatewayErrorsAreProblemJsonToo() {
        client.delete().uri("/actuator/health")
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(405)
                .jsonPath("$.title").isEqualTo("Method Not Allowed")
                .jsonPath("$.instance").isEqualTo("/actuator/health");
    }

    @Test
    void swaggerUiListsEveryService() {
        String location = client.get().uri("/swagger-ui.html")
                .exchange()
                .expectStatus().is3xxRedirection()
                .returnResult(String.class).getResponseHeaders().getFirst("Location");
        assertThat(location).contains("swagger-ui/index.html");

        client.get().uri(location)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);

        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].name").value(names -> assertThat((java.util.List<Object>) names).containsExactlyInAnyOrder(
                        "risk-service", "inspection-service", "hazard-service", "assessment-service", "exchange-service"))
                .jsonPath("$.urls[?(@.name == 'hazard-service')].url").isEqualTo("/v3/api-docs/hazard-service");
    }

    @Test
    void apiDocsAreRoutedToEachServicesOwnDocument() {
        for (String service : SERVICES.keySet()) {
            int before = SERVICES.get(service).receivedOn("/v3/api-docs").size();
            client.get().uri("/v3/api-docs/" + service)
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("X-Stub-Service", service)
                    .expectBody().jsonPath("$.path").isEqualTo("/v3/api-docs");
            assertThat(SERVICES.get(service).receivedOn("/v3/api-docs")).hasSize(before + 1);
        }
    }

    @Test
    void actuatorShowsHealthProbesCircuitBreakersRoutesAndMetrics() {
        client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.circuitBreakers.details['risk-service'].details.state").isEqualTo("CLOSED")
                .jsonPath("$.components.circuitBreakers.details['exchange-service'].details.state").isEqualTo("CLOSED");
        client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/gateway/routes").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.route_id == 'hazard-service')]").exists();
        client.get().uri("/actuator/circuitbreakers").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.circuitBreakers['inspection-service'].state").isEqualTo("CLOSED");
        client.get().uri("/api/v1/hazards/metered").exchange().expectStatus().isOk();
        String metrics = client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseBody().collectList().block().stream()
                .reduce("", String::concat);
        assertThat(metrics).contains("resilience4j_circuitbreaker_state{")
                .contains("spring_cloud_gateway_http_client_requests_seconds_count{")
                .contains("spring_cloud_gateway_requests_seconds_count{");
    }

    /**
     * The Eureka client announces every registry fetch (every 5 s) with a new heartbeat value. Routes here are
     * static ({@code lb://} URIs are resolved per request), so the gateway must not re-bind and rebuild all of them
     * each time: that was 11 % of its CPU samples and ≈ 30 exceptions a second under benchmark 1.
     */
    @Test
    void aDiscoveryHeartbeatDoesNotRebuildTheRoutes() {
        int before = routeRefreshes.count();
        for (long fetch = 1; fetch <= 3; fetch++) {
            events.publishEvent(new HeartbeatEvent(this, fetch));
        }
        assertThat(routeRefreshes.count()).as("route rebuilds after three registry fetches").isEqualTo(before);

        client.get().uri("/api/v1/hazards/after-heartbeat").exchange()
                .expectStatus().isOk().expectHeader().valueEquals("X-Stub-Service", "hazard-service");
    }

    /**
     * The gateway decides whether a request is traced and the services follow its decision: it samples as the
     * services do on their own (one in ten), so a request through the gateway costs a service no more than a
     * direct one. Every request still carries its trace id, so log lines stay correlated.
     */
    @Test
    void theGatewayTracesOneRequestInTenAndPassesEveryTraceIdOn() {
        // A client of its own: the rate limit counts per token subject.
        WebTestClient tracer = plainClient.mutate()
                .defaultHeader("Authorization", TestIssuer.bearer("u-trace")).build();
        String prefix = "/api/v1/indicators/traced-" + UUID.randomUUID() + "-";
        for (int i = 0; i < 100; i++) {
            tracer.get().uri(prefix + i).exchange().expectStatus().isOk();
        }
        List<String> traceparents = SERVICES.get("assessment-service").received().stream()
                .filter(r -> r.path().startsWith(prefix))
                .map(r -> r.headers().getFirst("traceparent"))
                .toList();
        assertThat(traceparents).hasSize(100).allSatisfy(header ->
                assertThat(header).as("W3C traceparent").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
        long sampled = traceparents.stream().filter(header -> header.endsWith("-01")).count();
        assertThat(sampled).as("requests the services are told to trace, of 100").isBetween(1L, 20L);
    }

    private static Received only(String service, String path) {
        assertThat(SERVICES.get(service).receivedOn(path)).hasSize(1);
        return SERVICES.get(service).receivedOn(path).getFirst();
    }
}
