package cn.dualprevention.exchange;

import cn.dualprevention.exchange.delivery.domain.ResyncRequest;
import cn.dualprevention.exchange.delivery.domain.ResyncRequestRepository;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.ServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Receivers through the API: profiles, validation, tenancy — and secrets that never show. */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class ReceiversApiTest {

    /** The secret values of set "sandbox-a" in the test configuration. */
    private static final List<String> SECRET_VALUES = List.of("Sandbox-Secret-A1!", "DpSandboxKey0001", "DpSandboxIv00001");

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ResyncRequestRepository resyncRequests;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @LocalServerPort
    int port;

    @Test
    void anHttpBatchReceiverKeepsItsSecretsSealedAndNeverShowsThem(CapturedOutput output) {
        SourceEvents source = new SourceEvents(kafka, "group-receivers").registered();
        ApiClient api = ApiClient.as("http://localhost:" + port, "admin", "group-receivers").withRoles("GROUP_ADMIN");
        awaitEnterprise(api, source.enterpriseId);

        ApiClient.Response created = api.post("/api/v1/receivers", """
                {"name":"河南省危化品监管平台","enterpriseId":"%s","profile":"http-batch","baseUrl":"http://127.0.0.1:9/hub",
                 "batchSize":20,"dateTimeFormat":"yyyy-MM-dd HH:mm:ss","riskClassCodes":{"MAJOR":"0","CONSIDERABLE":"1","GENERAL":"2","LOW":"3"},
                 "fieldNames":{"hiddenDanger.checkRecordId":"recordId"},"requiredFields":["hiddenDanger.occurrenceLink"],
                 "acknowledgement":"ASYNC","credentials":"sandbox-a","enabled":false}
                """.formatted(source.enterpriseId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode receiver = created.json();
        String id = receiver.get("id").asString();
        assertThat(receiver.get("profile").asString()).isEqualTo("http-batch");
        assertThat(receiver.get("credentials").asString()).isEqualTo("sandbox-a");
        assertThat(receiver.get("secretsStored").asBoolean()).isTrue();
        assertThat(receiver.get("riskClassCodes").get("MAJOR").asString()).isEqualTo("0");
        assertThat(receiver.get("paths").get("checkRecord").asString()).isEqualTo("/checkRecord");

        ApiClient.Response changed = api.put("/api/v1/receivers/" + id, """
                {"name":"河南省平台","profile":"http-batch","baseUrl":"http://127.0.0.1:9/hub2","credentials":"sandbox-a","enabled":false}
                """);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        List<String> answers = List.of(created.body(), changed.body(), api.get("/api/v1/receivers").body(),
                api.get("/api/v1/receivers/" + id).body());
        Document stored = mongo.getCollection("receivers").find(new Document("_id", id)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("sealedSecrets")).startsWith("v1:");
        try (EventProbe events = new EventProbe(brokers, "dp.exchange.events")) {
            String published = String.join("\n", events.drain(r -> true, Duration.ofSeconds(2)).stream().map(r -> r.value()).toList());
            for (String secret : SECRET_VALUES) {
                answers.forEach(answer -> assertThat(answer).doesNotContain(secret));
                assertThat(stored.toJson()).doesNotContain(secret);
                assertThat(output.getAll()).doesNotContain(secret);
                assertThat(published).doesNotContain(secret);
            }
        }
        assertThat(api.delete("/api/v1/receivers/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/receivers/" + id).status()).isEqualTo(404);
    }

    @Test
    void disablingAReceiverFailsItsOpenResyncAndRemovingItTakesItsRequestsAlong() {
        SourceEvents source = new SourceEvents(kafka, "group-receivers").registered();
        ApiClient api = ApiClient.as("http://localhost:" + port, "admin", "group-receivers").withRoles("GROUP_ADMIN");
        awaitEnterprise(api, source.enterpriseId);
        ApiClient.Response created = api.post("/api/v1/receivers", """
                {"name":"园区平台","enterpriseId":"%s","profile":"kafka-stream","topicPrefix":"park.regulator","enabled":false}
                """.formatted(source.enterpriseId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        ApiClient.Response refused = api.post("/api/v1/receivers/" + id + "/resync", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asString()).isEqualTo("receiver/enabled");

        // a request stored while the receiver was enabled, not planned yet (a disabled receiver has no delivery round)
        ResyncRequest open = ResyncRequest.queued(Ids.newId(), id, source.groupId, source.enterpriseId, true, "admin", Instant.now());
        assertThat(resyncRequests.insert(open)).isTrue();
        assertThat(resyncRequests.insert(open)).as("the same id is stored once").isFalse();
        assertThat(api.put("/api/v1/receivers/" + id, "{\"name\":\"园区平台\",\"profile\":\"kafka-stream\",\"enabled\":false}")
                .status()).isEqualTo(200);
        JsonNode failed = api.get("/api/v1/receivers/" + id + "/resyncs/" + open.id()).json();
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("message").asString()).contains("disabled");
        assertThat(failed.get("finishedAt").isNull()).isFalse();

        assertThat(api.delete("/api/v1/receivers/" + id).status()).isEqualTo(204);
        assertThat(resyncRequests.find(open.id())).isEmpty();
    }

    @Test
    void badDefinitionsAreRefusedNamingFieldAndRule() {
        SourceEvents source = new SourceEvents(kafka, "group-receivers").registered();
        ApiClient api = ApiClient.as("http://localhost:" + port, "admin", "group-receivers").withRoles("GROUP_ADMIN");
        awaitEnterprise(api, source.enterpriseId);
        String e = source.enterpriseId;
        assertThat(error(api, "{\"name\":\"x\",\"enterpriseId\":\"" + e + "\",\"profile\":\"ftp\"}")).isEqualTo("profile/one-of");
        assertThat(error(api, "{\"name\":\"x\",\"enterpriseId\":\"" + e + "\",\"profile\":\"http-batch\",\"baseUrl\":\"http://h/x\","
                + "\"credentials\":\"nobody\"}")).isEqualTo("credentials/configured");
        assertThat(error(api, "{\"name\":\"x\",\"enterpriseId\":\"" + e + "\",\"profile\":\"http-batch\",\"baseUrl\":\"ftp://h/x\","
                + "\"credentials\":\"sandbox-a\"}")).isEqualTo("baseUrl/http-url");
        assertThat(error(api, "{\"name\":\"x\",\"enterpriseId\":\"" + e + "\",\"profile\":\"http-batch\",\"baseUrl\":\"http://h/x\","
                + "\"credentials\":\"sandbox-a\",\"riskClassCodes\":{\"MAJOR\":\"1\"}}")).isEqualTo("riskClassCodes/four-levels");
        assertThat(error(api, "{\"name\":\"x\",\"enterpriseId\":\"" + e + "\",\"profile\":\"http-batch\",\"baseUrl\":\"http://h/x\","
                + "\"credentials\":\"sandbox-a\",\"fieldNames\":{\"danger.checkRecordId\":\"recordId\"}}")).isEqualTo("fieldNames/record-type-field");
        assertThat(error(api, "{\"name\":\"x\",\"enterpriseId\":\"" + e + "\",\"profile\":\"http-batch\",\"baseUrl\":\"http://h/x\","
                + "\"credentials\":\"sandbox-a\",\"batchSize\":0}")).isEqualTo("batchSize/range");
        assertThat(error(api, "{\"name\":\"x\",\"enterpriseId\":\"" + e + "\",\"profile\":\"kafka-stream\",\"topicPrefix\":\"a b\"}"))
                .isEqualTo("topicPrefix/topic-name");
        assertThat(error(api, "{\"enterpriseId\":\"" + e + "\",\"profile\":\"kafka-stream\"}")).isEqualTo("name/required");

        ApiClient stranger = ApiClient.as("http://localhost:" + port, "snoop", "another-group").withRoles("GROUP_ADMIN");
        assertThat(stranger.post("/api/v1/receivers", "{\"name\":\"x\",\"enterpriseId\":\"" + e + "\",\"profile\":\"kafka-stream\"}")
                .status()).isEqualTo(404);
        ApiClient inspector = ApiClient.as("http://localhost:" + port, "wang.qiang", "group-receivers").withRoles("INSPECTOR");
        assertThat(inspector.post("/api/v1/receivers", "{\"name\":\"x\",\"enterpriseId\":\"" + e + "\",\"profile\":\"kafka-stream\"}")
                .status()).isEqualTo(403);
        assertThat(inspector.get("/api/v1/receivers").status()).isEqualTo(200);
        assertThat(stranger.get("/api/v1/receivers").json()).extracting(r -> r.get("id").asString()).containsExactly("regulator-stream");
        ApiClient.Response configured = api.put("/api/v1/receivers/regulator-stream", "{\"name\":\"x\",\"profile\":\"kafka-stream\"}");
        assertThat(configured.status()).isEqualTo(409);
        assertThat(configured.json().get("rule").asString()).isEqualTo("receiver/configured");
    }

    private static String error(ApiClient api, String body) {
        ApiClient.Response response = api.post("/api/v1/receivers", body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.firstError();
    }

    private static void awaitEnterprise(ApiClient api, String enterpriseId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/receivers").status() == 200
                && api.post("/api/v1/receivers/regulator-stream/resync?enterpriseId=" + enterpriseId, "").status() == 202);
    }
}
