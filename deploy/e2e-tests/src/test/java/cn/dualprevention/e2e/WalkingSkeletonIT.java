package cn.dualprevention.e2e;

import cn.dualprevention.deploy.local.RunningSuite;
import cn.dualprevention.e2e.support.E2eIdentity;
import cn.dualprevention.e2e.support.SharedSuite;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton end to end: the suite started the way {@code deploy/local/run} starts it (real
 * Kafka broker process, mongo-java-server on an H2 file, registry, gateway, five services; the shared
 * {@link SharedSuite}), a risk unit POSTed through the gateway, and its trace through every hop.
 */
@ExtendWith(SharedSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalkingSkeletonIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final E2eIdentity.Caller SAFETY_MANAGER = E2eIdentity.Caller.groupWide("zhao.min", "e2e-group", "GROUP_ADMIN", "SAFETY_MANAGER");

    RunningSuite suite;

    @BeforeAll
    void connect(RunningSuite shared) {
        suite = shared;
    }

    @Test
    void aUnitPostedThroughTheGatewayReachesTheRegulatorStreamAndEveryReadModel() throws Exception {
        JsonNode enterprise = post("/api/v1/enterprises", """
                {"name":"晋中焦化有限公司","companyCode":"140700001","uscc":"91140000MA0KC0K01T"}""", 201);
        String enterpriseId = enterprise.get("id").asString();
        JsonNode unit = post("/api/v1/risk-units", """
                {"enterpriseId":"%s","hazardCode":"140700001001","name":"焦炉煤气柜","responsibleDepartment":"化产车间",
                 "responsiblePerson":"王磊","riskLevel":"MAJOR","longitude":112.75,"latitude":37.68}""".formatted(enterpriseId), 201);
        String unitId = unit.get("id").asString();

        assertThat(get("/api/v1/risk-units/" + unitId, 200).get("colour").asString()).isEqualTo("#FE0001");

        JsonNode record = awaitRecord("dp.regulator.riskUnit", unitId, Duration.ofSeconds(30));
        assertThat(record.get("companyCode").asString()).isEqualTo("140700001");
        assertThat(record.get("tyshxydm").asString()).isEqualTo("91140000MA0KC0K01T");
        assertThat(record.get("riskUnitName").asString()).isEqualTo("焦炉煤气柜");
        assertThat(record.get("hazardLiablePerson").asString()).isEqualTo("王磊");
        assertThat(record.get("riskClass").asString()).isEqualTo("1");
        assertThat(record.get("deleted").asString()).isEqualTo("0");

        try (MongoClient mongo = MongoClients.create(suite.mongoUri())) {
            for (String database : List.of("dp-inspection", "dp-hazard", "dp-assessment")) {
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    Document replica = mongo.getDatabase(database).getCollection("risk_units").find(new Document("_id", unitId)).first();
                    assertThat(replica).as(database).isNotNull();
                    assertThat(replica.getString("enterpriseId")).isEqualTo(enterpriseId);
                });
            }
        }
    }

    @Test
    void badInputThroughTheGatewayIsA400NamingTheField() throws Exception {
        HttpResponse<String> unknownLevel = send("POST", "/api/v1/risk-units", """
                {"enterpriseId":"x","hazardCode":"A","name":"n","responsibleDepartment":"d","responsiblePerson":"p","riskLevel":"RED"}""");
        assertThat(unknownLevel.statusCode()).isEqualTo(400);
        assertThat(unknownLevel.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(unknownLevel.body()).get("errors").get(0).get("field").asString()).isEqualTo("riskLevel");

        HttpResponse<String> malformed = send("POST", "/api/v1/enterprises", "{\"name\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("errors").get(0).get("rule").asString()).isEqualTo("malformed-json");

        HttpResponse<String> missing = send("POST", "/api/v1/enterprises", "{\"companyCode\":\"140700002\",\"uscc\":\"91140000MA0KC0K01T\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).get("errors").get(0).get("field").asString()).isEqualTo("name");

        HttpResponse<String> unknownId = send("GET", "/api/v1/risk-units/" + UUID.randomUUID(), null);
        assertThat(unknownId.statusCode()).isEqualTo(404);
        assertThat(unknownId.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void theDemoEnterpriseWasLoadedAndStreamed() throws Exception {
        JsonNode enterprises = getAs("/api/v1/enterprises",
                E2eIdentity.Caller.groupWide("wang.fang", "zhongyuan-energy-group", "GROUP_ADMIN"));
        // the demo group of deploy/demo-generator (seed 42): one enterprise of each kind of seed 004
        List<String> codes = new ArrayList<>();
        enterprises.forEach(e -> codes.add(e.get("companyCode").asString()));
        assertThat(codes).containsExactlyInAnyOrder("410800001", "140400002", "410400003", "410900004", "140500005");
    }

    private JsonNode awaitRecord(String topic, String recordId, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(seen::add);
                for (ConsumerRecord<String, String> r : seen) {
                    if (recordId.equals(r.key())) {
                        return JSON.readTree(r.value());
                    }
                }
            }
            throw new AssertionError("no record " + recordId + " on " + topic + " within " + timeout + "; saw " + seen.size());
        }
    }

    private JsonNode post(String path, String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = send("POST", path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private JsonNode get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = send("GET", path, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private JsonNode getAs(String path, E2eIdentity.Caller caller) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path)).GET();
        caller.headers().forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        SAFETY_MANAGER.headers().forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
