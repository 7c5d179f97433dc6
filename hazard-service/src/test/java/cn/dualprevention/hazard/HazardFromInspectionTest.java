package cn.dualprevention.hazard;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.platform.test.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A hazard found on a mobile inspection record becomes a hazard bound to measure, record, unit and risk object — once. */
@ServiceTest
class HazardFromInspectionTest {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;
    @LocalServerPort
    int port;

    @Test
    void aHazardFoundOnAnInspectionRecordIsRegisteredOnceWithoutRetyping() throws Exception {
        String enterpriseId = "ent-" + UUID.randomUUID();
        String unitId = "unit-" + UUID.randomUUID();
        String recordId = "rec-" + UUID.randomUUID();
        kafka.send("dp.risk.events", enterpriseId, TestEvents.envelope("risk.unit.created.v1", enterpriseId, unitId, 1, """
                {"unitId":"%s","enterpriseId":"%s","riskObjectId":"obj-1","hazardCode":"410100001001","name":"LNG储罐区",
                 "responsibleDepartment":"储运部","responsibleDepartmentId":"dep-1","responsiblePerson":"张伟","riskLevel":"MAJOR"}
                """.formatted(unitId, enterpriseId))).get();
        ApiClient api = ApiClient.as("http://localhost:" + port, "li.na", "group-1");
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(unitId)), "risk_units"));

        String submitted = """
                {"recordId":"%s","cycleId":"cyc-1","taskId":"task-1","measureId":"measure-1","unitId":"%s","riskObjectId":"obj-1",
                 "enterpriseId":"%s","checkStatus":"HAZARD_FOUND","checkTime":"2025-06-02T01:30:00Z","personId":"p-7",
                 "personName":"王强","mobile":"13800000000","workType":"OPERATIONAL","late":false,"photoIds":["ph-1","ph-2"],
                 "hazard":{"description":"1号储罐呼吸阀锈蚀卡涩","level":"GENERAL","hazardType":"7","source":"1"}}
                """.formatted(recordId, unitId, enterpriseId);
        kafka.send("dp.inspection.events", enterpriseId, TestEvents.envelope("inspection.record.submitted.v1", enterpriseId, recordId, 1, submitted)).get();
        kafka.send("dp.inspection.events", enterpriseId, TestEvents.envelope("inspection.record.submitted.v1", enterpriseId, recordId, 1, submitted)).get();
        kafka.send("dp.inspection.events", enterpriseId, TestEvents.envelope("inspection.record.submitted.v1", enterpriseId, "rec-normal", 1,
                submitted.replace(recordId, "rec-normal-" + UUID.randomUUID()).replace("HAZARD_FOUND", "NORMAL"))).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/hazards?enterpriseId=" + enterpriseId).json().size() >= 1);
        JsonNode hazard = api.get("/api/v1/hazards?enterpriseId=" + enterpriseId).json().get(0);
        assertThat(hazard.get("recordId").asString()).isEqualTo(recordId);
        assertThat(hazard.get("measureId").asString()).isEqualTo("measure-1");
        assertThat(hazard.get("taskId").asString()).isEqualTo("task-1");
        assertThat(hazard.get("unitId").asString()).isEqualTo(unitId);
        assertThat(hazard.get("riskObjectId").asString()).isEqualTo("obj-1");
        assertThat(hazard.get("hazardCode").asString()).isEqualTo("410100001001");
        assertThat(hazard.get("department").asString()).isEqualTo("储运部");
        assertThat(hazard.get("registrant").asString()).isEqualTo("王强");
        assertThat(hazard.get("registTime").asString()).isEqualTo("2025-06-02T01:30:00Z");
        assertThat(hazard.get("name").asString()).isEqualTo("1号储罐呼吸阀锈蚀卡涩");
        assertThat(hazard.get("category").asString()).isEqualTo("3");
        assertThat(hazard.get("photoIds").size()).isEqualTo(2);
        assertThat(hazard.get("state").asString()).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(api.get("/api/v1/hazards?department=储运部&unitId=" + unitId).json().size()).isEqualTo(1);

        // the redelivery and the normal record, sent after the first, are applied in order by the same partition
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> api.get("/api/v1/hazards?enterpriseId=" + enterpriseId).json().size() == 1);
    }

}
