package cn.dualprevention.exchange;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.AuthorizationMatrix;
import cn.dualprevention.platform.test.ServiceTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8, acceptance 2: every operation of exchange-service's OpenAPI document × every role × own/foreign tenant
 * (and no token), against a receiver the own tenant configured through the API for its registered enterprise.
 */
@ServiceTest
class AuthorizationMatrixTest {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyOperationTimesEveryRoleAndTenant() {
        String base = "http://localhost:" + port;
        String group = "matrix-group-" + UUID.randomUUID();
        SourceEvents source = new SourceEvents(kafka, group).registered();
        ApiClient admin = ApiClient.as(base, "admin", group, source.enterpriseId).withRoles("GROUP_ADMIN");
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.post("/api/v1/receivers/regulator-stream/resync?enterpriseId="
                + source.enterpriseId, "").status() == 202);
        String receiverId = receiver(admin, source.enterpriseId);
        // a resync request of the own tenant (the receiver above is disabled: no resync there)
        ApiClient.Response stream = admin.post("/api/v1/receivers", """
                {"name":"矩阵数据流","enterpriseId":"%s","profile":"kafka-stream","topicPrefix":"matrix.regulator"}
                """.formatted(source.enterpriseId));
        assertThat(stream.status()).as(stream.body()).isEqualTo(201);
        String streamId = stream.json().get("id").asString();
        ApiClient.Response resync = admin.post("/api/v1/receivers/" + streamId + "/resync", "");
        assertThat(resync.status()).as(resync.body()).isEqualTo(202);

        Stream<DynamicTest> tests = AuthorizationMatrix.of(base, group, source.enterpriseId)
                .id("id", receiverId)
                .id("/api/v1/receivers/{id}/resyncs/{requestId}", "id", streamId)
                .id("requestId", resync.json().get("id").asString())
                .id("receiverId", receiverId)
                .value("recordType", "RISK_UNIT")
                .query("enterpriseId", source.enterpriseId)
                .ownedIds(source.enterpriseId)
                .fresh("DELETE", "/api/v1/receivers/{id}", () -> Map.of("id", receiver(admin, source.enterpriseId)))
                .withoutBearerTokens("POST", "/receipts/{receiverId}",
                        "a hub's receipt callback outside /api, proven by the receiver account's Basic credentials")
                .run()
                .writeTo(Path.of("target", "authorization-matrix.txt"))
                .dynamicTests();
        admin.delete("/api/v1/receivers/" + streamId);
        return tests;
    }

    private static String receiver(ApiClient admin, String enterpriseId) {
        ApiClient.Response created = admin.post("/api/v1/receivers", """
                {"name":"河南省危化品监管平台","enterpriseId":"%s","profile":"http-batch","baseUrl":"http://127.0.0.1:9/hub",
                 "batchSize":20,"dateTimeFormat":"yyyy-MM-dd HH:mm:ss","riskClassCodes":{"MAJOR":"0","CONSIDERABLE":"1","GENERAL":"2","LOW":"3"},
                 "acknowledgement":"ASYNC","credentials":"sandbox-a","enabled":false}""".formatted(enterpriseId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
