package cn.dualprevention.inspection;

import cn.dualprevention.inspection.cycle.application.CycleGeneration;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.AuthorizationMatrix;
import cn.dualprevention.platform.test.ServiceTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8, acceptance 2: every operation of inspection-service's OpenAPI document × every role × own/foreign
 * tenant (and no token), against an inspection task made from risk-service's events (unit and measure), scheduled,
 * and a unit stop, both through the API.
 */
@ServiceTest
class AuthorizationMatrixTest {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    CycleGeneration generation;
    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyOperationTimesEveryRoleAndTenant() {
        String base = "http://localhost:" + port;
        String run = UUID.randomUUID().toString();
        String group = "matrix-group-" + run;
        String enterpriseId = "matrix-ent-" + run;
        String unitId = "matrix-unit-" + run;
        String measureId = "matrix-measure-" + run;
        Scenario.publish(kafka, "risk.unit.created.v1", group, enterpriseId, unitId, 1,
                Scenario.unit(unitId, enterpriseId, 113.7512, 34.7226, "qr-" + run));
        Scenario.publish(kafka, "risk.measure.created.v1", group, enterpriseId, measureId, 1,
                Scenario.measure(measureId, unitId, enterpriseId, "INSPECTION", "检查液位计读数与联锁状态"));
        ApiClient manager = ApiClient.as(base, "li.na", group, enterpriseId).withRoles("SAFETY_MANAGER");
        JsonNode[] tasks = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            tasks[0] = manager.get("/api/v1/inspection-tasks?enterpriseId=" + enterpriseId).json();
            return tasks[0].size() == 1;
        });
        String taskId = tasks[0].get(0).get("id").asString();
        ApiClient.Response scheduled = manager.put("/api/v1/inspection-tasks/" + taskId + "/schedule", SCHEDULE);
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
        generation.generate(Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(2, ChronoUnit.DAYS));
        JsonNode inbox = ApiClient.as(base, AuthorizationMatrix.OWN_USER, group, enterpriseId).withRoles("INSPECTOR").get("/api/v1/me/inbox").json();
        String cycleId = Stream.of("dueNow", "upcoming", "overdue").flatMap(list -> inbox.path(list).valueStream())
                .map(c -> c.get("id").asString()).findFirst().orElseThrow(() -> new AssertionError("no cycle: " + inbox));
        ApiClient.Response stop = manager.post("/api/v1/unit-stops", """
                {"unitId":"%s","start":"%s","reason":"储罐清罐检修"}""".formatted(unitId, Instant.now().plus(1, ChronoUnit.DAYS)));
        assertThat(stop.status()).as(stop.body()).isEqualTo(201);
        String stopId = stop.json().get("id").asString();

        return AuthorizationMatrix.of(base, group, enterpriseId)
                .id("/api/v1/inspection-tasks/{id}", "id", taskId)
                .id("/api/v1/inspection-tasks/{id}/schedule", "id", taskId)
                .id("/api/v1/unit-stops/{id}/end", "id", stopId)
                .id("/api/v1/inspection-cycles/{id}", "id", cycleId)
                .query("cycleId", cycleId)
                .body("POST", "/api/v1/inspection-records", "{\"cycleId\":\"" + cycleId + "\"}")
                .body("PUT", "/api/v1/inspection-tasks/{id}/schedule", SCHEDULE)
                .query("enterpriseId", enterpriseId)
                .ownedIds(unitId, measureId, enterpriseId, cycleId)
                .run()
                .writeTo(Path.of("target", "authorization-matrix.txt"))
                .dynamicTests();
    }

    private static final String SCHEDULE = """
            {"cycle":1,"cycleUnit":"DAY","taskStartTime":"2026-03-01T00:00:00Z","workDayType":"EVERY_DAY",
             "workType":"ROUTINE","assigneePersonId":"%s"}""".formatted(AuthorizationMatrix.OWN_USER);

}
