package cn.dualprevention.e2e;

import cn.dualprevention.deploy.local.RunningSuite;
import cn.dualprevention.e2e.support.E2eIdentity;
import cn.dualprevention.e2e.support.Gateway;
import cn.dualprevention.e2e.support.Inspections;
import cn.dualprevention.e2e.support.Plant;
import cn.dualprevention.e2e.support.SharedSuite;
import cn.dualprevention.e2e.support.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, acceptance 2: a major hazard (重大隐患) is on the regulator stream ({@code dp.regulator.hiddenDanger}, level
 * 1) before any remediation step — registered from an inspection record (the liable person and deadline defaulted
 * from the risk unit and the configured period, replaced when the plan is set) and registered directly by a 包保
 * guarantor (who names them), with a photo uploaded and served back through the gateway — and it cannot enter remediation without all five in place (五落实): 409 naming the rule.
 */
@ExtendWith(SharedSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MajorHazardReportedIT {

    static final String STREAM = "dp.regulator.hiddenDanger";
    static final ZoneId PLANT_ZONE = ZoneId.of("Asia/Shanghai");
    static final Duration STREAM_WAIT = Duration.ofSeconds(90);

    Gateway gateway;
    Topics topics;
    Plant plant;
    String unitId;
    String measureId;
    String taskId;
    Gateway departmentHead;

    @BeforeAll
    void plant(RunningSuite suite) {
        gateway = Gateway.at(suite.gatewayUrl());
        topics = new Topics(suite.kafkaBootstrap());
        plant = Plant.register(gateway, "e2e-major-" + UUID.randomUUID(), "li.na", "中原天然气储运有限公司");
        String objectId = plant.majorHazardSource("LNG储罐区重大危险源");
        unitId = plant.unit(objectId, "LNG储罐区", "储运部", "张伟");
        String eventId = plant.riskEvent(unitId, "LNG储罐超压泄漏火灾爆炸");
        measureId = plant.inspectionMeasure(eventId, "储罐设置液位高高联锁", "检查液位高高联锁投用、旁路关闭");
        taskId = plant.awaitTaskOf(measureId).get("id").asString();
        plant.scheduleHourlyOpeningSoon(taskId, "p-sun-hao");
        departmentHead = gateway.as(E2eIdentity.Caller.ofEnterprise("zhao.lei", plant.group(), plant.enterpriseId(),
                "DEPARTMENT_HEAD"));
    }

    @Test
    void aMajorHazardFromAnInspectionRecordIsOnTheRegulatorStreamBeforeRemediationAndNeedsAllFive() {
        Gateway inspector = gateway.as(plant.inspector("p-sun-hao"));
        JsonNode cycle = Inspections.awaitDueCycle(plant, inspector, taskId);
        String recordId = Inspections.reportHazard(inspector, cycle, "1号LNG储罐液位高高联锁被旁路", "MAJOR");
        JsonNode hazard = Inspections.awaitHazardOfRecord(plant.manager(), plant.enterpriseId(), recordId);
        String hazardId = hazard.get("id").asString();
        LocalDate defaultDeadline = LocalDate.ofInstant(Instant.parse(hazard.get("registTime").asString()), PLANT_ZONE)
                .plusDays(30);
        assertThat(hazard.get("liablePerson").asString()).as("the unit's responsible person").isEqualTo("张伟");
        assertThat(hazard.get("deadline").asString()).isEqualTo(defaultDeadline.toString());

        List<JsonNode> reported = topics.awaitKeyed(STREAM, hazardId, r -> "1".equals(r.path("dangerLevel").asString()), STREAM_WAIT);
        JsonNode record = reported.getLast();
        assertThat(record.get("dangerState").asString()).isEqualTo("0");
        assertThat(record.get("riskMeasureId").asString()).isEqualTo(measureId);
        assertThat(record.get("checkRecordId").asString()).isEqualTo(recordId);
        assertThat(record.get("liablePerson").asString()).isEqualTo("张伟");
        assertThat(record.get("dangerManageDeadline").asString()).isEqualTo(defaultDeadline.toString().replace("-", ""));
        assertThat(record.get("dangerDesc").asString()).isEqualTo("1号LNG储罐液位高高联锁被旁路");
        // reported while nothing has been done about it yet
        JsonNode now = plant.manager().get("/api/v1/hazards/" + hazardId).json(200);
        assertThat(now.get("state").asString()).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(plant.manager().get("/api/v1/hazards/" + hazardId + "/history").json(200)).hasSize(1);

        departmentHead.post("/api/v1/hazards/" + hazardId + "/confirm", "{}").json(200);
        Gateway.Response withoutFive = departmentHead.post("/api/v1/hazards/" + hazardId + "/plan", """
                {"responsibility":"储运部 李强","measures":"更换液位变送器并恢复联锁","deadline":"%s"}"""
                .formatted(LocalDate.now(PLANT_ZONE).plusDays(10)));
        assertThat(withoutFive.status()).as(withoutFive.body()).isEqualTo(409);
        assertThat(withoutFive.isProblem()).isTrue();
        assertThat(withoutFive.rule()).isEqualTo("major-hazard-five-in-place");
        Gateway.Response onTheSpot = departmentHead.post("/api/v1/hazards/" + hazardId + "/fix-on-the-spot",
                "{\"description\":\"已恢复联锁\"}");
        assertThat(onTheSpot.status()).isEqualTo(409);
        assertThat(onTheSpot.rule()).isEqualTo("major-hazard-five-in-place");
        assertThat(plant.manager().get("/api/v1/hazards/" + hazardId).json(200).get("state").asString()).isEqualTo("CONFIRMED");

        // with all five the plan replaces the defaults, and the regulator gets the update
        LocalDate planned = LocalDate.now(PLANT_ZONE).plusDays(10);
        departmentHead.post("/api/v1/hazards/" + hazardId + "/plan", """
                {"responsibility":"李强","measures":"更换液位变送器并恢复联锁","funds":"3万元","deadline":"%s",
                 "contingencyPlan":"LNG储罐泄漏专项应急预案"}""".formatted(planned)).json(200);
        JsonNode updated = topics.awaitKeyed(STREAM, hazardId, r -> "李强".equals(r.path("liablePerson").asString()), STREAM_WAIT)
                .getLast();
        assertThat(updated.get("dangerManageDeadline").asString()).isEqualTo(planned.toString().replace("-", ""));
        assertThat(updated.get("cost").asString()).isEqualTo("3万元");
    }

    @Test
    void aMajorHazardRegisteredDirectlyNamesLiablePersonAndDeadlineAndIsReportedAtOnce() {
        // a 包保 guarantor's own check (the main responsible person of the major hazard source)
        Gateway guarantor = gateway.as(E2eIdentity.Caller.ofEnterprise("p-plant-head", plant.group(), plant.enterpriseId(),
                "GUARANTOR"));
        LocalDate deadline = LocalDate.now(PLANT_ZONE).plusDays(15);
        byte[] png = Inspections.png();
        JsonNode photo = guarantor.postBytes("/api/v1/hazards/photos?enterpriseId=" + plant.enterpriseId(), "image/png", png)
                .json(201);
        Gateway.Response served = guarantor.get(photo.get("url").asString());
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).isEqualTo("image/png");
        assertThat(served.bytes()).isEqualTo(png);
        String body = """
                {"enterpriseId":"%s","unitId":"%s","level":"MAJOR","source":"1","hazardType":"6","category":"1",
                 "description":"LNG储罐区与装卸车区防火间距不足","photoIds":["%s"]%s}""";

        Gateway.Response noLiable = guarantor.post("/api/v1/hazards", body.formatted(plant.enterpriseId(), unitId, photo.get("id").asString(),
                ",\"deadline\":\"" + deadline + "\""));
        assertThat(noLiable.status()).as(noLiable.body()).isEqualTo(400);
        assertThat(noLiable.firstError()).isEqualTo("liablePerson/required-for-major");
        Gateway.Response noDeadline = guarantor.post("/api/v1/hazards", body.formatted(plant.enterpriseId(), unitId, photo.get("id").asString(),
                ",\"liablePerson\":\"王磊\""));
        assertThat(noDeadline.status()).isEqualTo(400);
        assertThat(noDeadline.firstError()).isEqualTo("deadline/required-for-major");

        JsonNode hazard = guarantor.post("/api/v1/hazards", body.formatted(plant.enterpriseId(), unitId, photo.get("id").asString(),
                ",\"liablePerson\":\"王磊\",\"deadline\":\"" + deadline + "\"")).json(201);
        assertThat(hazard.get("photoIds").get(0).asString()).isEqualTo(photo.get("id").asString());
        String hazardId = hazard.get("id").asString();
        JsonNode record = topics.awaitKeyed(STREAM, hazardId, r -> "1".equals(r.path("dangerLevel").asString()), STREAM_WAIT)
                .getLast();
        assertThat(record.get("liablePerson").asString()).isEqualTo("王磊");
        assertThat(record.get("dangerManageDeadline").asString()).isEqualTo(deadline.toString().replace("-", ""));
        assertThat(record.get("hazardCategory").asString()).as("registered by the main responsible person").isEqualTo("1");
        assertThat(record.get("registrant").asString()).isEqualTo("p-plant-head");
        assertThat(plant.manager().get("/api/v1/hazards/" + hazardId).json(200).get("state").asString())
                .isEqualTo("AWAITING_CONFIRMATION");

        departmentHead.post("/api/v1/hazards/" + hazardId + "/confirm", "{}").json(200);
        Gateway.Response withoutFive = departmentHead.post("/api/v1/hazards/" + hazardId + "/plan", """
                {"responsibility":"王磊","measures":"拆除临时设施","funds":"1万元","deadline":"%s"}""".formatted(deadline));
        assertThat(withoutFive.status()).isEqualTo(409);
        assertThat(withoutFive.rule()).isEqualTo("major-hazard-five-in-place");
        assertThat(withoutFive.json().get("detail").asString()).contains("contingencyPlan");
    }
}
