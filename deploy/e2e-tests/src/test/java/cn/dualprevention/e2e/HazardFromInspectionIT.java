package cn.dualprevention.e2e;

import cn.dualprevention.deploy.local.RunningSuite;
import cn.dualprevention.e2e.support.Gateway;
import cn.dualprevention.e2e.support.Inspections;
import cn.dualprevention.e2e.support.Plant;
import cn.dualprevention.e2e.support.SharedSuite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, acceptance 1: a hazard found on a mobile inspection record becomes a hazard bound to that measure and
 * record (and risk object) without anyone re-typing it — through the gateway, Kafka and the real services: the
 * measure defined in risk-service becomes a task in inspection-service, its cycle reaches the inspector's inbox,
 * the inspector records "hazard found", and hazard-service registers the hazard from the record's event.
 */
@ExtendWith(SharedSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HazardFromInspectionIT {

    Gateway gateway;

    @BeforeAll
    void connect(RunningSuite suite) {
        gateway = Gateway.at(suite.gatewayUrl());
    }

    @Test
    void aHazardFoundOnAnInspectionRecordIsRegisteredBoundToMeasureRecordAndRiskObject() {
        Plant plant = Plant.register(gateway, "e2e-found-" + UUID.randomUUID(), "zhao.min", "豫东液氨储运有限公司");
        String objectId = plant.majorHazardSource("液氨储罐区重大危险源");
        String unitId = plant.unit(objectId, "液氨储罐区", "储运车间", "张伟");
        String eventId = plant.riskEvent(unitId, "液氨储罐超压泄漏中毒");
        String measureId = plant.inspectionMeasure(eventId, "储罐设置压力高高联锁", "检查压力高高联锁投用、旁路阀关闭");
        JsonNode task = plant.awaitTaskOf(measureId);
        assertThat(task.get("troubleshootContent").asString()).isEqualTo("检查压力高高联锁投用、旁路阀关闭");
        String taskId = task.get("id").asString();
        plant.scheduleHourlyOpeningSoon(taskId, "p-wang-qiang");
        Gateway inspector = gateway.as(plant.inspector("p-wang-qiang"));
        JsonNode cycle = Inspections.awaitDueCycle(plant, inspector, taskId);

        String recordId = Inspections.reportHazard(inspector, cycle, "2号液氨储罐安全阀前截止阀未全开", "GENERAL");

        JsonNode hazard = Inspections.awaitHazardOfRecord(plant.manager(), plant.enterpriseId(), recordId);
        assertThat(hazard.get("measureId").asString()).isEqualTo(measureId);
        assertThat(hazard.get("recordId").asString()).isEqualTo(recordId);
        assertThat(hazard.get("taskId").asString()).isEqualTo(taskId);
        assertThat(hazard.get("unitId").asString()).isEqualTo(unitId);
        assertThat(hazard.get("riskObjectId").asString()).isEqualTo(objectId);
        assertThat(hazard.get("unitName").asString()).isEqualTo("液氨储罐区");
        assertThat(hazard.get("department").asString()).isEqualTo("储运车间");
        assertThat(hazard.get("description").asString()).isEqualTo("2号液氨储罐安全阀前截止阀未全开");
        assertThat(hazard.get("level").asString()).isEqualTo("GENERAL");
        assertThat(hazard.get("hazardType").asString()).isEqualTo("7");
        assertThat(hazard.get("registrant").asString()).isEqualTo("p-wang-qiang");
        assertThat(hazard.get("state").asString()).isEqualTo("AWAITING_CONFIRMATION");
        JsonNode record = inspector.get("/api/v1/inspection-records/" + recordId).json(200);
        assertThat(hazard.get("recordPhotoIds")).as("the record's photos travel with the hazard").hasSize(1);
        assertThat(hazard.get("recordPhotoIds").get(0).asString()).isEqualTo(record.get("photoIds").get(0).asString());

        JsonNode history = plant.manager().get("/api/v1/hazards/" + hazard.get("id").asString() + "/history").json(200);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("step").asString()).isEqualTo("REGISTERED");
        assertThat(history.get(0).get("actor").asString()).isEqualTo("p-wang-qiang");
    }
}
