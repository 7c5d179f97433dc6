package cn.dualprevention.risk;

import cn.dualprevention.platform.test.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Objects, events and units change and are deleted softly; parents with live children follow clear rules. */
class RiskModelChangesApiTest extends ApiTestSupport {

    @Test
    void anObjectAndAnEventAreChangedAndSoftDeletedAndEveryEventCarriesTheWholeState() {
        String companyCode = newCompanyCode();
        String enterpriseId = registerEnterprise(companyCode, newUscc());
        String objectId = safetyManager.post("/api/v1/risk-objects", object(enterpriseId, companyCode + "001", 2, null, true))
                .json().get("id").asString();
        String unitId = unit(enterpriseId, objectId, companyCode + "001");
        String eventId = safetyManager.post("/api/v1/risk-events",
                "{\"unitId\":\"" + unitId + "\",\"name\":\"储罐泄漏\",\"consequence\":\"火灾\"}").json().get("id").asString();
        String measureId = safetyManager.post("/api/v1/control-measures", """
                {"riskEventId":"%s","controlMode":"AUTOMATED_MONITORING","description":"液位高高联锁","classify1":"1",
                 "classify2":"1-4","controlLevel":"COMPANY"}""".formatted(eventId)).json().get("id").asString();

        // a change made from an old version is refused, and nothing changes
        ApiClient.Response stale = departmentHead.put("/api/v1/risk-objects/" + objectId, object(enterpriseId, companyCode + "001", 1, 0L, false));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("rule").asString()).isEqualTo("concurrent-change");
        ApiClient.Response regraded = departmentHead.put("/api/v1/risk-objects/" + objectId, object(enterpriseId, companyCode + "001", 1, 1L, false));
        assertThat(regraded.status()).as(regraded.body()).isEqualTo(200);
        assertThat(regraded.json().get("majorHazardGrade").asInt()).isEqualTo(1);
        assertThat(regraded.json().get("version").asLong()).isEqualTo(2);
        ApiClient.Response recoded = departmentHead.put("/api/v1/risk-objects/" + objectId, object(enterpriseId, companyCode + "002", 1, null, false));
        assertThat(recoded.json().get("rule").asString()).as(recoded.body()).isEqualTo("hazard-code-in-use");
        ApiClient.Response objectInUse = departmentHead.delete("/api/v1/risk-objects/" + objectId);
        assertThat(objectInUse.status()).isEqualTo(409);
        assertThat(objectInUse.json().get("rule").asString()).isEqualTo("risk-object-has-units");
        assertThat(objectInUse.json().get("detail").asString()).contains("1 risk analysis unit(s)");

        ApiClient.Response renamed = departmentHead.put("/api/v1/risk-events/" + eventId,
                "{\"version\":1,\"name\":\"储罐超压泄漏\",\"consequence\":\"火灾、爆炸\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("储罐超压泄漏");
        ApiClient.Response eventInUse = departmentHead.delete("/api/v1/risk-events/" + eventId);
        assertThat(eventInUse.status()).isEqualTo(409);
        assertThat(eventInUse.json().get("rule").asString()).isEqualTo("risk-event-has-measures");
        assertThat(departmentHead.delete("/api/v1/control-measures/" + measureId + "?version=2").json().get("rule").asString())
                .isEqualTo("concurrent-change");
        assertThat(departmentHead.delete("/api/v1/control-measures/" + measureId + "?version=1").status()).isEqualTo(204);
        assertThat(departmentHead.delete("/api/v1/risk-events/" + eventId + "?version=2").status()).isEqualTo(204);
        assertThat(safetyManager.get("/api/v1/risk-events/" + eventId).status()).isEqualTo(404);
        assertThat(safetyManager.get("/api/v1/risk-events?unitId=" + unitId).json().size()).isZero();
        assertThat(departmentHead.put("/api/v1/risk-events/" + eventId, "{\"name\":\"x\"}").status()).isEqualTo(404);

        assertThat(departmentHead.delete("/api/v1/risk-units/" + unitId).status()).isEqualTo(204);
        assertThat(departmentHead.delete("/api/v1/risk-objects/" + objectId).status()).isEqualTo(204);
        assertThat(safetyManager.get("/api/v1/risk-objects/" + objectId).status()).isEqualTo(404);
        assertThat(safetyManager.get("/api/v1/risk-objects?enterpriseId=" + enterpriseId).json().size()).isZero();

        JsonNode objectUpdated = events(enterpriseId, "risk.object.updated.v1", 1).get(0);
        assertThat(objectUpdated.get("majorHazardGrade").asInt()).isEqualTo(1);
        assertThat(objectUpdated.get("name").asString()).isEqualTo("LNG储罐区重大危险源");
        assertThat(objectUpdated.get("mainResponsiblePersonId").asString()).isEqualTo("p-1");
        assertThat(objectUpdated.get("deleted").asBoolean()).isFalse();
        JsonNode objectDeleted = events(enterpriseId, "risk.object.deleted.v1", 1).get(0);
        assertThat(objectDeleted.get("hazardCode").asString()).isEqualTo(companyCode + "001");
        assertThat(objectDeleted.get("deleted").asBoolean()).isTrue();
        JsonNode eventUpdated = events(enterpriseId, "risk.event.updated.v1", 1).get(0);
        assertThat(eventUpdated.get("consequence").asString()).isEqualTo("火灾、爆炸");
        assertThat(eventUpdated.get("unitId").asString()).isEqualTo(unitId);
        JsonNode eventDeleted = events(enterpriseId, "risk.event.deleted.v1", 1).get(0);
        assertThat(eventDeleted.get("name").asString()).isEqualTo("储罐超压泄漏");
        assertThat(eventDeleted.get("deleted").asBoolean()).isTrue();
        assertThat(types(enterpriseId, 11)).containsSubsequence("risk.object.updated.v1", "risk.event.updated.v1",
                "risk.measure.deleted.v1", "risk.event.deleted.v1", "risk.unit.deleted.v1", "risk.object.deleted.v1");
    }

    @Test
    void deletingAUnitDeletesItsEventsAndMeasuresEachAnnouncedBeforeTheUnitItself() {
        String enterpriseId = registerEnterprise();
        String unitId = unit(enterpriseId, null, "T-09");
        List<String> eventIds = new java.util.ArrayList<>();
        for (String name : List.of("储罐泄漏", "装卸臂脱落")) {
            String eventId = safetyManager.post("/api/v1/risk-events", "{\"unitId\":\"" + unitId + "\",\"name\":\"" + name + "\"}")
                    .json().get("id").asString();
            eventIds.add(eventId);
            safetyManager.post("/api/v1/risk-events/" + eventId + "/assessments",
                    "{\"kind\":\"RESIDUAL\",\"method\":\"LS\",\"factors\":{\"L\":2,\"S\":3},\"reason\":\"初评\"}");
            assertThat(safetyManager.post("/api/v1/control-measures", """
                    {"riskEventId":"%s","controlMode":"AUTOMATED_MONITORING","description":"可燃气体检测报警","classify1":"1",
                     "classify2":"1-3","controlLevel":"WORKSHOP"}""".formatted(eventId)).status()).isEqualTo(201);
        }
        long version = safetyManager.get("/api/v1/risk-units/" + unitId).json().get("version").asLong();
        assertThat(departmentHead.delete("/api/v1/risk-units/" + unitId + "?version=" + (version - 1)).status()).isEqualTo(409);
        assertThat(safetyManager.get("/api/v1/risk-events?unitId=" + unitId).json().size()).isEqualTo(2);

        assertThat(departmentHead.delete("/api/v1/risk-units/" + unitId + "?version=" + version).status()).isEqualTo(204);
        for (String eventId : eventIds) {
            assertThat(safetyManager.get("/api/v1/risk-events/" + eventId).status()).isEqualTo(404);
        }
        assertThat(events(enterpriseId, "risk.measure.deleted.v1", 2)).hasSize(2)
                .allSatisfy(m -> assertThat(m.get("deleted").asBoolean()).isTrue());
        assertThat(events(enterpriseId, "risk.event.deleted.v1", 2)).extracting(e -> e.get("riskEventId").asString())
                .containsExactlyInAnyOrderElementsOf(eventIds);
        JsonNode unitDeleted = events(enterpriseId, "risk.unit.deleted.v1", 1).get(0);
        assertThat(unitDeleted.get("unitId").asString()).isEqualTo(unitId);
        assertThat(unitDeleted.get("name").asString()).isEqualTo("LNG储罐区");
        assertThat(unitDeleted.get("deleted").asBoolean()).isTrue();
        List<String> order = types(enterpriseId, 15).stream().filter(t -> t.endsWith(".deleted.v1")).toList();
        assertThat(order).containsExactly("risk.measure.deleted.v1", "risk.event.deleted.v1", "risk.measure.deleted.v1",
                "risk.event.deleted.v1", "risk.unit.deleted.v1");
    }

    @Test
    void deletingARiskEventRegradesItsUnitFromTheEventsLeft() {
        String enterpriseId = registerEnterprise();
        String unitId = unit(enterpriseId, null, "T-10");
        String severe = safetyManager.post("/api/v1/risk-events", "{\"unitId\":\"" + unitId + "\",\"name\":\"储罐爆炸\"}")
                .json().get("id").asString();
        String mild = safetyManager.post("/api/v1/risk-events", "{\"unitId\":\"" + unitId + "\",\"name\":\"阀门滴漏\"}")
                .json().get("id").asString();
        safetyManager.post("/api/v1/risk-events/" + severe + "/assessments", """
                {"kind":"RESIDUAL","method":"DIRECT","level":"MAJOR","directRule":"重大危险源无安全仪表","reason":"初评"}""");
        safetyManager.post("/api/v1/risk-events/" + mild + "/assessments",
                "{\"kind\":\"RESIDUAL\",\"method\":\"LS\",\"factors\":{\"L\":2,\"S\":3},\"reason\":\"初评\"}");
        assertThat(safetyManager.get("/api/v1/risk-units/" + unitId).json().get("riskLevel").asString()).isEqualTo("MAJOR");

        assertThat(departmentHead.delete("/api/v1/risk-events/" + severe).status()).isEqualTo(204);
        JsonNode unit = safetyManager.get("/api/v1/risk-units/" + unitId).json();
        assertThat(unit.get("riskLevel").asString()).isEqualTo("LOW");
        assertThat(unit.get("colour").asString()).isEqualTo("#2DAFF9");
        JsonNode lowered = events(enterpriseId, "risk.unit.level-changed.v1", 2).get(1);
        assertThat(lowered.get("fromLevel").asString()).isEqualTo("MAJOR");
        assertThat(lowered.get("toLevel").asString()).isEqualTo("LOW");
        assertThat(lowered.get("cause").asString()).contains("储罐爆炸", "deleted");
    }

    private String unit(String enterpriseId, String objectId, String hazardCode) {
        ApiClient.Response response = safetyManager.post("/api/v1/risk-units", """
                {"enterpriseId":"%s","riskObjectId":%s,"hazardCode":"%s","name":"LNG储罐区","responsibleDepartment":"储运部",
                 "responsiblePerson":"张伟","riskLevel":"GENERAL","longitude":113.7512,"latitude":34.7226}"""
                .formatted(enterpriseId, objectId == null ? "null" : "\"" + objectId + "\"", hazardCode));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** The body of a POST (with enterpriseId) or of a PUT (with version). */
    private static String object(String enterpriseId, String hazardCode, int grade, Long version, boolean create) {
        return """
                {%s,"hazardCode":"%s","name":"LNG储罐区重大危险源","majorHazardSource":true,
                 "majorHazardGrade":%d,"mainResponsiblePersonId":"p-1","technicalResponsiblePersonId":"p-2",
                 "operationalResponsiblePersonId":"p-3"}""".formatted(create ? "\"enterpriseId\":\"" + enterpriseId + "\""
                : "\"version\":" + version, hazardCode, grade);
    }
}
