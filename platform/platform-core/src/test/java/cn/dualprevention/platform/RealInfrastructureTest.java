package cn.dualprevention.platform;

import cn.dualprevention.platform.outbox.OutboxSweeper;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.testapp.ParcelEffects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The chassis against the real things production runs — a MongoDB replica set and an Apache Kafka
 * broker — for what mongo-java-server only imitates (index use, write concerns, replica-set
 * semantics). Runs where a Docker engine is available; skipped elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "eureka.client.enabled=false", "spring.cloud.discovery.enabled=false", "spring.mongodb.database=dp-real"})
class RealInfrastructureTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::getReplicaSetUrl);
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @LocalServerPort
    int port;
    @Autowired
    ParcelEffects effects;
    @Autowired
    OutboxSweeper sweeper;

    @Test
    void aChangeTravelsThroughTheOutboxToExactlyOneEffectOnRealInfrastructure() {
        ApiClient.Response created = ApiClient.as("http://localhost:" + port, "tester", "g1")
                .post("/api/v1/parcels", "{\"enterpriseId\":\"e-real\",\"name\":\"tank\",\"kind\":\"LARGE\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        try (EventProbe probe = new EventProbe(KAFKA.getBootstrapServers(), "dp.test.events")) {
            assertThat(probe.await(r -> r.value().contains(id), 1, Duration.ofSeconds(30))).hasSize(1);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> effects.count(id) == 1);
        assertThat(sweeper.sweep()).isZero();
    }
}
