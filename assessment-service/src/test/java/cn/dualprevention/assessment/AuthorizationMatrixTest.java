package cn.dualprevention.assessment;

import cn.dualprevention.assessment.facts.infrastructure.Generations;
import cn.dualprevention.assessment.support.History;
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
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8, acceptance 2: every operation of assessment-service's OpenAPI document × every role × own/foreign
 * tenant (and no token), against an enterprise registered by risk-service's event, with a kept weekly score and an
 * evaluation its safety manager opened through the API. The rebuild is in it too: it is scoped to the caller's group
 * (the other groups' read models are carried over unchanged, see RebuildScopeTest), so it cannot switch the own
 * tenant's answers under the other cells.
 */
@ServiceTest
class AuthorizationMatrixTest {

    private static final String WEEK = "2024-02-26";

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    Generations generations;
    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyOperationTimesEveryRoleAndTenant() {
        String base = "http://localhost:" + port;
        String run = UUID.randomUUID().toString();
        String group = "matrix-group-" + run;
        String enterpriseId = "matrix-ent-" + run;
        new History(group).enterprise(enterpriseId, "豫北化工有限公司").sendTo(kafka);
        ApiClient manager = ApiClient.as(base, "li.na", group, enterpriseId).withRoles("SAFETY_MANAGER");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                manager.get("/api/v1/scores/preview?enterpriseId=" + enterpriseId + "&week=" + WEEK).status() == 200);
        ApiClient.Response score = manager.post("/api/v1/scores?enterpriseId=" + enterpriseId + "&week=" + WEEK, "");
        assertThat(score.status()).as(score.body()).isBetween(200, 201);
        ApiClient.Response evaluation = manager.post("/api/v1/evaluations",
                "{\"enterpriseId\":\"" + enterpriseId + "\",\"from\":\"2024-01-01\",\"to\":\"2024-03-31\"}");
        assertThat(evaluation.status()).as(evaluation.body()).isBetween(200, 201);
        String evaluationId = evaluation.json().path("evaluation").path("id").asString();
        assertThat(evaluationId).as(evaluation.body()).isNotBlank();

        AuthorizationMatrix.Report report = AuthorizationMatrix.of(base, group, enterpriseId)
                .id("enterpriseId", enterpriseId)
                .id("/api/v1/evaluations/{id}", "id", evaluationId)
                .id("/api/v1/evaluations/{id}/export", "id", evaluationId)
                .id("/api/v1/evaluations/{id}/vetoes", "id", evaluationId)
                .id("/api/v1/evaluations/{id}/items/{code}", "id", evaluationId)
                .body("PUT", "/api/v1/evaluations/{id}/items/{code}", "{\"score\":2,\"note\":\"制度齐全\"}")
                .value("week", WEEK)
                .value("code", "ORGANISATION")
                .query("enterpriseId", enterpriseId)
                .query("week", WEEK)
                .query("GET", "/api/v1/points", "enterpriseId=" + enterpriseId + "&from=2024-02-26&to=2024-03-11")
                .query("GET", "/api/v1/scores", "enterpriseId=" + enterpriseId + "&from=2024-02-26&to=2024-03-11")
                .query("GET", "/api/v1/indicators", "scope=enterprise&id=" + enterpriseId + "&from=2024-02-26&to=2024-03-11")
                .query("GET", "/api/v1/rankings", "indicator=score&period=week&at=" + WEEK)
                .ownedIds(evaluationId)
                .run();
        // the rebuilds the matrix started (own group, foreign group) run in the background: let them end here
        await().atMost(Duration.ofSeconds(120)).until(() -> !generations.rebuilding());
        return report.writeTo(Path.of("target", "authorization-matrix.txt")).dynamicTests();
    }
}
