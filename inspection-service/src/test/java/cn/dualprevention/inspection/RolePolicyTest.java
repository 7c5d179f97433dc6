package cn.dualprevention.inspection;

import cn.dualprevention.inspection.cycle.domain.CycleState;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.cycle.domain.InspectionCycles;
import cn.dualprevention.inspection.riskmodel.domain.RiskModel;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.platform.test.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8, the role policy of inspection-service: scheduling tasks and stopping units is the managers' and
 * department heads' work (排查任务的制定); submitting records is the inspectors' and everyone who inspects
 * (巡检员, 包保责任人, …); a regulator only reads.
 */
@ServiceTest
class RolePolicyTest {

    private static final double LON = 121.4737;
    private static final double LAT = 31.2304;

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    InspectionCycles cycles;
    @Autowired
    RiskModel riskModel;
    @Autowired
    TestClock clock;

    String base;
    String group;
    String enterpriseId;
    String unitId;
    String person;

    @BeforeEach
    void plant() {
        clock.reset();
        base = "http://localhost:" + port;
        group = "group-" + UUID.randomUUID();
        enterpriseId = "ent-" + UUID.randomUUID();
        unitId = "unit-" + UUID.randomUUID();
        person = "zhao.lei-" + UUID.randomUUID();
        Scenario.publish(kafka, "risk.unit.created.v1", group, enterpriseId, unitId, 1,
                Scenario.unit(unitId, enterpriseId, LON, LAT, "QR-" + unitId));
        Scenario.publish(kafka, "risk.person.changed.v1", group, enterpriseId, person, 1,
                Scenario.person(person, enterpriseId, "赵磊", "post-patrol"));
        await().atMost(Duration.ofSeconds(60)).until(() -> riskModel.unit(unitId).isPresent()
                && riskModel.person(person).isPresent());
    }

    @Test
    void anInspectorMayNotChangeATaskScheduleAndTheScheduleStaysAsTheManagerSetIt() {
        ApiClient manager = ApiClient.as(base, "safety.manager", group, enterpriseId).withRoles("SAFETY_MANAGER");
        ApiClient inspector = ApiClient.as(base, person, group, enterpriseId).withRoles("INSPECTOR");
        String measureId = "m-" + UUID.randomUUID();
        Scenario.publish(kafka, "risk.measure.created.v1", group, enterpriseId, measureId, 1,
                Scenario.measure(measureId, unitId, enterpriseId, "INSPECTION", "检查液位计读数与联锁状态"));
        JsonNode[] listed = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            listed[0] = manager.get("/api/v1/inspection-tasks?enterpriseId=" + enterpriseId).json();
            return listed[0].size() == 1;
        });
        String path = "/api/v1/inspection-tasks/" + listed[0].get(0).get("id").asString();
        ApiClient.Response set = manager.put(path + "/schedule", schedule(1, "DAY"));
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        ApiClient.Response refused = inspector.put(path + "/schedule", schedule(2, "WEEK"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.isProblem()).as(refused.contentType()).isTrue();
        JsonNode task = inspector.get(path).json(); // reading stays open to the inspector
        assertThat(task.get("schedule").get("cycle").asInt()).isEqualTo(1);
        assertThat(task.get("schedule").get("cycleUnit").asString()).isEqualTo("DAY");
        assertThat(task.get("version").asLong()).isEqualTo(set.json().get("version").asLong());
    }

    @Test
    void anInspectorMayNotStopAUnit() {
        ApiClient inspector = ApiClient.as(base, person, group, enterpriseId).withRoles("INSPECTOR");

        ApiClient.Response refused = inspector.post("/api/v1/unit-stops", """
                {"unitId":"%s","start":"%s","reason":"储罐清罐检修"}""".formatted(unitId, clock.instant().plus(1, ChronoUnit.DAYS)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        ApiClient manager = ApiClient.as(base, "safety.manager", group, enterpriseId).withRoles("SAFETY_MANAGER");
        assertThat(manager.get("/api/v1/unit-stops?enterpriseId=" + enterpriseId).json().size()).isZero();
    }

    @Test
    void aRegulatorMayNotSubmitARecordButTheAssignedInspectorMay() {
        InspectionCycle cycle = openCycleOf(person);
        String record = record(cycle);
        ApiClient regulator = ApiClient.as(base, person, group, enterpriseId).withRoles("REGULATOR_VIEWER");

        ApiClient.Response single = regulator.post("/api/v1/inspection-records", record);
        ApiClient.Response batch = regulator.post("/api/v1/inspection-records/batch", "{\"records\":[" + record + "]}");

        assertThat(single.status()).as(single.body()).isEqualTo(403);
        assertThat(single.isProblem()).isTrue();
        assertThat(batch.status()).as(batch.body()).isEqualTo(403);
        assertThat(cycles.find(cycle.id()).orElseThrow().state()).isEqualTo(CycleState.OPEN);
        assertThat(regulator.get("/api/v1/inspection-cycles/" + cycle.id()).status()).isEqualTo(200); // but may read

        ApiClient.Response accepted = ApiClient.as(base, person, group, enterpriseId).withRoles("INSPECTOR")
                .post("/api/v1/inspection-records", record);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("result").asString()).isEqualTo("ACCEPTED");
        assertThat(cycles.find(cycle.id()).orElseThrow().state()).isEqualTo(CycleState.DONE);
    }

    /** An hourly cycle running now, assigned to one person. */
    private InspectionCycle openCycleOf(String assignee) {
        Instant start = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(10));
        InspectionCycle cycle = new InspectionCycle(Ids.newId(), 1, group, enterpriseId, Ids.newId(), "m-" + UUID.randomUUID(),
                unitId, "巡检储罐", "ROUTINE", null, start, start.plus(Duration.ofHours(1)), List.of(assignee),
                CycleState.OPEN, null, "key");
        cycles.addNew(List.of(cycle));
        return cycle;
    }

    private String record(InspectionCycle cycle) {
        return """
                {"clientId":"%s","cycleId":"%s","status":"NORMAL","checkTime":"%s","deviceId":"phone-7","qrToken":"QR-%s",
                 "longitude":%s,"latitude":%s,"remarks":"巡检正常"}
                """.formatted(UUID.randomUUID(), cycle.id(), clock.instant(), unitId, LON, LAT);
    }

    private static String schedule(int cycle, String unit) {
        return """
                {"cycle":%d,"cycleUnit":"%s","taskStartTime":"2026-03-01T00:00:00Z","workDayType":"EVERY_DAY",
                 "workType":"ROUTINE","assigneePostId":"post-patrol"}""".formatted(cycle, unit);
    }
}
