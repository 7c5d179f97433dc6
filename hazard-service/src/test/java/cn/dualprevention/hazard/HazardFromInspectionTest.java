package cn.dualprevention.hazard;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.platform.test.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Test
    void aHazardFoundOnAnInspectionRecordIsRegisteredOnceWithoutRetyping() throws Exception {
        String enterpriseId = "ent-" + UUID.randomUUID();
        String unitId = "unit-" + UUID.randomUUID();
        String recordId = "rec-" + UUID.randomUUID();
        kafka.send("dp.risk.events", enterpriseId, TestEvents.envelope("risk.unit.created.v1", enterpriseId, unitId, 1, """
                {"unitId":"%s","enterpriseId":"%s","riskObjectId":"obj-1","hazardCode":"410100001001","name":"LNG储罐区",
                 "responsibleDepartment":"储运部","responsibleDepartmentId":"dep-1","responsiblePerson":"张伟","riskLevel":"MAJOR"}
                """.formatted(unitId, enterpriseId))).get();
        ApiClient api = ApiClient.as("http://localhost:" + port, "li.na", "group-1").withRoles("SAFETY_MANAGER");
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
        assertThat(hazard.get("photoIds").size()).as("the record's photos stay in inspection-service").isZero();
        assertThat(hazard.get("recordPhotoIds").size()).isEqualTo(2);
        assertThat(hazard.get("liablePerson").isNull()).as("a general hazard gets its liable person at planning").isTrue();
        assertThat(hazard.get("state").asString()).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(api.get("/api/v1/hazards?department=储运部&unitId=" + unitId).json().size()).isEqualTo(1);

        // the redelivery and the normal record, sent after the first, are applied in order by the same partition
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> api.get("/api/v1/hazards?enterpriseId=" + enterpriseId).json().size() == 1);
    }


    @Test
    void aMajorHazardFromAnInspectionRecordIsRegisteredWithDefaultedLiablePersonAndDeadline() throws Exception {
        String enterpriseId = "ent-quick";
        String unitId = "unit-" + UUID.randomUUID();
        String recordId = "rec-" + UUID.randomUUID();
        kafka.send("dp.risk.events", enterpriseId, TestEvents.envelope("risk.unit.created.v1", enterpriseId, unitId, 1, """
                {"unitId":"%s","enterpriseId":"%s","riskObjectId":"obj-1","hazardCode":"410100001001","name":"LNG储罐区",
                 "responsibleDepartment":"储运部","responsiblePerson":"张伟","riskLevel":"MAJOR"}
                """.formatted(unitId, enterpriseId))).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(unitId)), "risk_units"));
        ApiClient api = ApiClient.as("http://localhost:" + port, "li.na", "group-1").withRoles("SAFETY_MANAGER");
        try (EventProbe events = new EventProbe(brokers, "dp.hazard.events")) {
            kafka.send("dp.inspection.events", enterpriseId, TestEvents.envelope("inspection.record.submitted.v1", enterpriseId, recordId, 1, """
                    {"recordId":"%s","cycleId":"cyc-2","taskId":"task-2","measureId":"measure-2","unitId":"%s","enterpriseId":"%s",
                     "checkStatus":"HAZARD_FOUND","checkTime":"2026-03-01T17:30:00Z","personId":"p-7","personName":"王强",
                     "photoIds":["ph-9"],"hazard":{"description":"1号储罐液位高高联锁被旁路","level":"MAJOR","hazardType":"4"}}
                    """.formatted(recordId, unitId, enterpriseId))).get();

            JsonNode registered = HazardLoopApiTest.JSON.readTree(events.await(r -> r.value().contains(recordId), 1,
                    Duration.ofSeconds(30)).get(0).value());
            assertThat(registered.get("type").asString()).isEqualTo("hazard.registered.v1");
            JsonNode data = registered.get("data");
            assertThat(data.get("level").asString()).isEqualTo("MAJOR");
            assertThat(data.get("liablePerson").asString()).as("the unit's responsible person").isEqualTo("张伟");
            // 2026-03-01T17:30Z is 2 March in Asia/Shanghai; this enterprise's period is P7D (test configuration)
            assertThat(data.get("deadline").asString()).isEqualTo("2026-03-09");
            assertThat(data.get("termsDefaulted").asBoolean()).isTrue();
            assertThat(data.get("recordPhotoIds").get(0).asString()).isEqualTo("ph-9");
            assertThat(data.get("measureId").asString()).isEqualTo("measure-2");
            assertThat(data.get("recordId").asString()).isEqualTo(recordId);
        }
        JsonNode hazard = api.get("/api/v1/hazards?enterpriseId=" + enterpriseId).json().valueStream()
                .filter(h -> recordId.equals(h.get("recordId").asString())).findFirst().orElseThrow();
        JsonNode history = api.get("/api/v1/hazards/" + hazard.get("id").asString() + "/history").json();
        assertThat(history.get(0).get("changes").get("liablePerson").asString())
                .isEqualTo("张伟 (defaulted: responsible person of risk unit LNG储罐区)");
        assertThat(history.get(0).get("changes").get("deadline").asString()).isEqualTo("2026-03-09 (defaulted: registration + P7D)");
    }

    @Test
    void aMajorHazardOnAnUnknownUnitDefaultsToTheRegistrantAndTheGeneralPeriod() {
        String enterpriseId = "ent-" + UUID.randomUUID();
        String recordId = "rec-" + UUID.randomUUID();
        kafka.send("dp.inspection.events", enterpriseId, TestEvents.envelope("inspection.record.submitted.v1", enterpriseId, recordId, 1, """
                {"recordId":"%s","cycleId":"cyc-3","taskId":"task-3","measureId":"measure-3","unitId":"unit-unknown",
                 "enterpriseId":"%s","checkStatus":"HAZARD_FOUND","checkTime":"2026-03-02T02:00:00Z","personId":"p-8",
                 "hazard":{"description":"消防泵出口阀关闭","level":"MAJOR","hazardType":"5"}}
                """.formatted(recordId, enterpriseId)));
        ApiClient api = ApiClient.as("http://localhost:" + port, "li.na", "group-1").withRoles("SAFETY_MANAGER");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/hazards?enterpriseId=" + enterpriseId).json().size() == 1);
        JsonNode hazard = api.get("/api/v1/hazards?enterpriseId=" + enterpriseId).json().get(0);
        assertThat(hazard.get("liablePerson").asString()).isEqualTo("p-8");
        assertThat(hazard.get("deadline").asString()).isEqualTo("2026-04-01");
        assertThat(hazard.get("termsDefaulted").asBoolean()).isTrue();
    }
}
