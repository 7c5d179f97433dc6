package cn.dualprevention.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.dualprevention.gateway.StubBackend.Reply;

/**
 * Many calls in flight to one service at once (many inspectors submitting, a plant system's burst) all reach it:
 * the route's bulkhead must not shed them with 503 at resilience4j's default of 25.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "eureka.client.enabled=false",
    "dp.gateway.read-timeout=20s",
    "dp.gateway.limits.requests-per-period=100000"})
class GatewayConcurrencyTest {

    private static final int IN_FLIGHT = 120;

    /** Answers only once every call is in flight. */
    private static final StubBackend INSPECTION = StubBackend.start("inspection-service");

    /** Every call waits here until all of them have reached the service (or 20 s passed). */
    private static final CountDownLatch ALL_IN_SERVICE = new CountDownLatch(IN_FLIGHT);

    private static final AtomicInteger GAVE_UP_WAITING = new AtomicInteger();

    static {
        INSPECTION.respondWith(request -> {
            ALL_IN_SERVICE.countDown();
            try {
                if (!ALL_IN_SERVICE.await(20, TimeUnit.SECONDS)) {
                    GAVE_UP_WAITING.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.of(201, "{\"accepted\":true}");
        });
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestIssuer.register(registry);
        registry.add("spring.cloud.discovery.client.simple.instances.inspection-service[0].uri", INSPECTION::uri);
    }

    @AfterAll
    static void stop() {
        INSPECTION.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aHundredAndTwentyRecordsInFlightTogetherAllReachTheService() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/inspection-records"))
                    .header("Authorization", TestIssuer.bearer("inspector-" + i))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"cycleId\":\"c-" + i + "\"}"))
                    .build();
            calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        Map<Integer, Long> statuses = calls.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));

        assertThat(statuses).as("status -> count").isEqualTo(Map.of(201, (long) IN_FLIGHT));
        assertThat(INSPECTION.received()).hasSize(IN_FLIGHT);
        assertThat(GAVE_UP_WAITING.get()).as("calls that waited in vain for the others to reach the service").isZero();
    }
}
