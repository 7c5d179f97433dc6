package cn.dualprevention.risk;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.TestEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Objects, units, events, assessments, measures; deletion rules; the dynamic four-colour map. */
class RiskModelApiTest extends ApiTestSupport {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void aMajorHazardSourceIsAssessedAndItsUnitTakesTheHighestResidualLevel() {
        String enterpriseId = registerEnterprise("410100012", "91410100MA46RTK02J");
        ApiClient.Response object = safetyManager.post("/api/v1/risk-objects", """
                {"enterpriseId":"%s","hazardCode":"410100012001","name":"LNG储罐区重大危险源","majorHazardSource":true,
                 "majorHazardGrade":2,"mainResponsiblePersonId":"p-1","technicalResponsiblePersonId":"p-2",
                 "operationalResponsiblePersonId":"p-3"}""".formatted(enterpriseId));
        assertThat(object.status()).as(object.body()).isEqualTo(201);
        String objectId = object.json().get("id").asString();
        assertThat(safetyManager.post("/api/v1/risk-objects", """
                {"enterpriseId":"%s","hazardCode":"410100099001","name":"x","majorHazardSource":true,"majorHazardGrade":5}"""
                .formatted(enterpriseId)).firstError()).isEqualTo("hazardCode/major-hazard-code");

        String unitId = createUnit(enterpriseId, objectId, "410100012001", "MAJOR");
        ApiClient.Response event = safetyManager.post("/api/v1/risk-events",
                "{\"unitId\":\"" + unitId + "\",\"name\":\"储罐超压泄漏引发火灾爆炸\",\"consequence\":\"人员伤亡\"}");
        assertThat(event.status()).as(event.body()).isEqualTo(201);
        String eventId = event.json().get("id").asString();

        ApiClient.Response badFactor = safetyManager.post("/api/v1/risk-events/" + eventId + "/assessments",
                "{\"kind\":\"INHERENT\",\"method\":\"LEC\",\"factors\":{\"L\":10,\"E\":4,\"C\":40},\"reason\":\"HAZOP\"}");
        assertThat(badFactor.status()).isEqualTo(400);
        assertThat(badFactor.firstError()).isEqualTo("factors.E/factor-table");

        ApiClient.Response inherent = safetyManager.post("/api/v1/risk-events/" + eventId + "/assessments",
                "{\"kind\":\"INHERENT\",\"method\":\"LEC\",\"factors\":{\"L\":10,\"E\":6,\"C\":40},\"reason\":\"HAZOP\"}");
        assertThat(inherent.status()).as(inherent.body()).isEqualTo(201);
        ApiClient.Response residual = safetyManager.post("/api/v1/risk-events/" + eventId + "/assessments",
                "{\"kind\":\"RESIDUAL\",\"method\":\"LEC\",\"factors\":{\"L\":3,\"E\":6,\"C\":7},\"reason\":\"液位联锁投用\"}");
        JsonNode history = residual.json().get("assessments");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("level").asString()).isEqualTo("MAJOR");
        assertThat(history.get(1).get("score").asInt()).isEqualTo(126);
        assertThat(history.get(1).get("level").asString()).isEqualTo("GENERAL");
        assertThat(history.get(1).get("assessor").asString()).isEqualTo("zhang.wei");

        JsonNode unit = safetyManager.get("/api/v1/risk-units/" + unitId).json();
        assertThat(unit.get("riskLevel").asString()).isEqualTo("GENERAL");
        assertThat(unit.get("colour").asString()).isEqualTo("#FFFF02");
        assertThat(safetyManager.get("/api/v1/risk-objects/" + objectId).json().get("level").asString()).isEqualTo("GENERAL");

        ApiClient.Response wrongClass = safetyManager.post("/api/v1/control-measures", measure(eventId, "2", "1-4", "INSPECTION", "检查联锁"));
        assertThat(wrongClass.firstError()).isEqualTo("classify2/code");
        assertThat(safetyManager.post("/api/v1/control-measures", measure(eventId, "1", "1-4", "INSPECTION", null)).firstError())
                .isEqualTo("troubleshootContent/required");
        ApiClient.Response measure = safetyManager.post("/api/v1/control-measures", measure(eventId, "1", "1-4", "INSPECTION", "检查液位高高联锁是否投用"));
        assertThat(measure.status()).as(measure.body()).isEqualTo(201);
        String measureId = measure.json().get("id").asString();
        ApiClient.Response changed = departmentHead.put("/api/v1/control-measures/" + measureId,
                measure(eventId, "1", "1-4", "INSPECTION", "检查液位高高联锁投用及旁路状态"));
        assertThat(changed.json().get("troubleshootContent").asString()).isEqualTo("检查液位高高联锁投用及旁路状态");
        assertThat(departmentHead.delete("/api/v1/control-measures/" + measureId).status()).isEqualTo(204);
        assertThat(safetyManager.get("/api/v1/control-measures/" + measureId).status()).isEqualTo(404);

        try (EventProbe probe = new EventProbe(brokers, "dp.risk.events")) {
            List<String> types = probe.await(r -> r.key().equals(enterpriseId), 11, Duration.ofSeconds(60)).stream()
                    .map(RiskModelApiTest::type).toList();
            assertThat(types).containsSubsequence("risk.object.created.v1", "risk.unit.created.v1", "risk.event.created.v1",
                    "risk.event.assessed.v1", "risk.event.assessed.v1", "risk.unit.updated.v1", "risk.unit.level-changed.v1",
                    "risk.measure.created.v1", "risk.measure.updated.v1", "risk.measure.deleted.v1");
            JsonNode levelChanged = probe.await(r -> r.key().equals(enterpriseId) && type(r).equals("risk.unit.level-changed.v1"),
                    1, Duration.ofSeconds(60)).stream().map(r -> JSON.readTree(r.value()).get("data")).findFirst().orElseThrow();
            assertThat(levelChanged.get("fromLevel").asString()).isEqualTo("MAJOR");
            assertThat(levelChanged.get("toLevel").asString()).isEqualTo("GENERAL");
            assertThat(levelChanged.get("causeType").asString()).isEqualTo("ASSESSMENT");
        }
    }

    @Test
    void aUnitWithAnActiveTaskOrAnOpenHazardIsNotDeletedOtherwiseDeletionIsSoftAndAnnounced() throws Exception {
        String enterpriseId = registerEnterprise("410100013", "91410100MA46RTK03M");
        String unitId = createUnit(enterpriseId, null, "T-01", "LOW");

        publish("dp.inspection.events", enterpriseId, "inspection.task.defined.v1", "task-1",
                "{\"taskId\":\"task-1\",\"unitId\":\"" + unitId + "\",\"enterpriseId\":\"" + enterpriseId + "\"}");
        await().atMost(Duration.ofSeconds(60)).until(() -> unit(unitId).get("activeTasks").asInt() == 1);
        ApiClient.Response refused = departmentHead.delete("/api/v1/risk-units/" + unitId);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asString()).isEqualTo("unit-has-active-tasks");
        assertThat(refused.json().get("detail").asString()).contains("retire");

        publish("dp.inspection.events", enterpriseId, "inspection.task.retired.v1", "task-1",
                "{\"taskId\":\"task-1\",\"unitId\":\"" + unitId + "\",\"enterpriseId\":\"" + enterpriseId + "\"}");
        publish("dp.hazard.events", enterpriseId, "hazard.registered.v1", "hz-1", hazard("hz-1", unitId, enterpriseId, "GENERAL"));
        await().atMost(Duration.ofSeconds(60)).until(() -> unit(unitId).get("openHazards").asInt() == 1
                && unit(unitId).get("activeTasks").asInt() == 0);
        ApiClient.Response openHazard = departmentHead.delete("/api/v1/risk-units/" + unitId);
        assertThat(openHazard.status()).isEqualTo(409);
        assertThat(openHazard.json().get("rule").asString()).isEqualTo("unit-has-open-hazards");

        publish("dp.hazard.events", enterpriseId, "hazard.rejected.v1", "hz-1", hazard("hz-1", unitId, enterpriseId, "GENERAL"));
        await().atMost(Duration.ofSeconds(60)).until(() -> unit(unitId).get("openHazards").asInt() == 0);
        assertThat(departmentHead.delete("/api/v1/risk-units/" + unitId).status()).isEqualTo(204);
        assertThat(safetyManager.get("/api/v1/risk-units/" + unitId).status()).isEqualTo(404);
        assertThat(safetyManager.get("/api/v1/risk-units?enterpriseId=" + enterpriseId).json().size()).isZero();
        try (EventProbe probe = new EventProbe(brokers, "dp.risk.events")) {
            assertThat(probe.await(r -> r.key().equals(enterpriseId) && type(r).equals("risk.unit.deleted.v1"), 1,
                    Duration.ofSeconds(60))).hasSize(1);
        }
    }

    @Test
    void anOpenMajorHazardTurnsTheUnitRedOnTheMapAndItsAcceptanceTurnsItBack() throws Exception {
        String enterpriseId = registerEnterprise("410100014", "91410100MA46RTK04Q");
        String unitId = createUnit(enterpriseId, null, "T-02", "GENERAL");
        JsonNode map = safetyManager.get("/api/v1/risk-map?enterpriseId=" + enterpriseId).json();
        assertThat(map.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode feature = map.get("features").get(0);
        assertThat(feature.get("type").asString()).isEqualTo("Feature");
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(113.7512);
        assertThat(feature.get("properties").get("colour").asString()).isEqualTo("#FFFF02");
        assertThat(map.get("aggregate").get("countsByLevel").get("GENERAL").asInt()).isEqualTo(1);

        publish("dp.hazard.events", enterpriseId, "hazard.registered.v1", "hz-2", hazard("hz-2", unitId, enterpriseId, "MAJOR"));
        await().atMost(Duration.ofSeconds(60)).until(() -> colourOnMap(enterpriseId).equals("#FE0001"));
        assertThat(safetyManager.get("/api/v1/risk-map?enterpriseId=" + enterpriseId).json().get("aggregate")
                .get("countsByLevel").get("MAJOR").asInt()).isEqualTo(1);

        publish("dp.hazard.events", enterpriseId, "hazard.accepted.v1", "hz-2", hazard("hz-2", unitId, enterpriseId, "MAJOR"));
        await().atMost(Duration.ofSeconds(60)).until(() -> colourOnMap(enterpriseId).equals("#FFFF02"));

        try (EventProbe probe = new EventProbe(brokers, "dp.risk.events")) {
            List<JsonNode> changes = probe.await(r -> r.key().equals(enterpriseId) && type(r).equals("risk.unit.level-changed.v1"),
                    2, Duration.ofSeconds(60)).stream().map(r -> JSON.readTree(r.value()).get("data")).toList();
            assertThat(changes).extracting(c -> c.get("causeType").asString()).containsExactly("OPEN_MAJOR_HAZARD", "REMEDIATED");
            assertThat(changes).extracting(c -> c.get("toLevel").asString()).containsExactly("MAJOR", "GENERAL");
            assertThat(changes.get(0).get("cause").asString()).contains("hz-2");
        }
    }

    @Test
    void aUnitIsRenamedStoppedForMaintenanceAndResumedWithEveryChangeAnnounced() {
        String enterpriseId = registerEnterprise("410100015", "91410100MA46RTK05U");
        String unitId = createUnit(enterpriseId, null, "T-03", "CONSIDERABLE");
        ApiClient.Response renamed = departmentHead.put("/api/v1/risk-units/" + unitId, """
                {"hazardCode":"T-03","name":"1#LNG储罐","responsibleDepartment":"储运部","responsiblePerson":"李娜",
                 "longitude":113.75,"latitude":34.72}""");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("riskLevel").asString()).isEqualTo("CONSIDERABLE");
        ApiClient.Response stopped = safetyManager.post("/api/v1/risk-units/" + unitId + "/stop", "{\"reason\":\"年度大修\"}");
        assertThat(stopped.json().get("status").asString()).isEqualTo("STOPPED");
        assertThat(stopped.json().get("stoppedSince").isNull()).as("a stopped unit says since when").isFalse();
        assertThat(safetyManager.get("/api/v1/risk-map?enterpriseId=" + enterpriseId).json().get("features").get(0)
                .get("properties").get("status").asString()).isEqualTo("STOPPED");
        assertThat(safetyManager.post("/api/v1/risk-units/" + unitId + "/stop", "{}").json().get("rule").asString())
                .isEqualTo("unit-already-stopped");
        assertThat(safetyManager.post("/api/v1/risk-units/" + unitId + "/resume", "{}").json().get("status").asString())
                .isEqualTo("IN_SERVICE");

        try (EventProbe probe = new EventProbe(brokers, "dp.risk.events")) {
            List<ConsumerRecord<String, String>> events = probe.await(r -> r.key().equals(enterpriseId), 7, Duration.ofSeconds(60));
            assertThat(events).extracting(RiskModelApiTest::type).containsExactly("risk.enterprise.registered.v1",
                    "risk.unit.created.v1", "risk.unit.updated.v1", "risk.unit.stopped.v1", "risk.unit.updated.v1",
                    "risk.unit.resumed.v1", "risk.unit.updated.v1");
            JsonNode updated = JSON.readTree(events.get(2).value()).get("data");
            assertThat(updated.get("name").asString()).isEqualTo("1#LNG储罐");
            assertThat(updated.get("responsiblePerson").asString()).isEqualTo("李娜");
            JsonNode stop = JSON.readTree(events.get(3).value()).get("data");
            assertThat(stop.get("reason").asString()).isEqualTo("年度大修");
            // the resumption names the stop it ends (the regulator's one unitStop record gets its end time)
            JsonNode resume = JSON.readTree(events.get(5).value()).get("data");
            assertThat(resume.get("stopStartTime").asString()).isEqualTo(stop.get("stopStartTime").asString());
            assertThat(resume.get("stopEndTime").isNull()).isFalse();
        }
        assertThat(unit(unitId).get("stoppedSince").isNull()).as("in service again").isTrue();
    }

    private String colourOnMap(String enterpriseId) {
        return safetyManager.get("/api/v1/risk-map?enterpriseId=" + enterpriseId).json().get("features").get(0)
                .get("properties").get("colour").asString();
    }

    private JsonNode unit(String unitId) {
        return safetyManager.get("/api/v1/risk-units/" + unitId).json();
    }

    private void publish(String topic, String enterpriseId, String type, String aggregateId, String data) throws Exception {
        kafka.send(topic, enterpriseId, TestEvents.envelope(type, enterpriseId, aggregateId, 1, data)).get();
    }

    private static String hazard(String hazardId, String unitId, String enterpriseId, String level) {
        return """
                {"hazardId":"%s","unitId":"%s","enterpriseId":"%s","name":"储罐根部阀法兰泄漏","level":"%s","state":"x"}"""
                .formatted(hazardId, unitId, enterpriseId, level);
    }

    private String createUnit(String enterpriseId, String objectId, String hazardCode, String level) {
        ApiClient.Response response = safetyManager.post("/api/v1/risk-units", """
                {"enterpriseId":"%s","riskObjectId":%s,"hazardCode":"%s","name":"LNG储罐区","responsibleDepartment":"储运部",
                 "responsiblePerson":"张伟","riskLevel":"%s","longitude":113.7512,"latitude":34.7226}"""
                .formatted(enterpriseId, objectId == null ? "null" : "\"" + objectId + "\"", hazardCode, level));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static String measure(String eventId, String classify1, String classify2, String mode, String content) {
        return """
                {"riskEventId":"%s","controlMode":"%s","description":"储罐设置液位高高联锁","classify1":"%s","classify2":"%s",
                 "troubleshootContent":%s,"controlLevel":"WORKSHOP","responsiblePostId":"post-1"}"""
                .formatted(eventId, mode, classify1, classify2, content == null ? "null" : "\"" + content + "\"");
    }

}
