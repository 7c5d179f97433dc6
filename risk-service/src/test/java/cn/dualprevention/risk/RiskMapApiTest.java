package cn.dualprevention.risk;

import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The four-colour map per plant with points and polygons, and its aggregates per enterprise and group. */
class RiskMapApiTest extends ApiTestSupport {

    private static final String TANK_FARM = "[[[113.7500,34.7220],[113.7520,34.7220],[113.7520,34.7235],[113.7500,34.7235],"
            + "[113.7500,34.7220]]]";

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void aPlantsMapHoldsItsUnitsAsPointsOrPolygonsColouredByTheirCurrentLevel() throws Exception {
        String enterpriseId = registerEnterprise();
        String plantId = orgUnit(enterpriseId, "PLANT", null, "一厂区");
        String areaId = orgUnit(enterpriseId, "AREA", plantId, "LNG罐区");
        String otherPlantId = orgUnit(enterpriseId, "PLANT", null, "二厂区");
        String tankFarm = unit(enterpriseId, areaId, "LNG储罐区", "CONSIDERABLE",
                "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + TANK_FARM + "}");
        String pump = unit(enterpriseId, plantId, "装车泵房", "LOW", "\"longitude\":113.7531,\"latitude\":34.7241");
        unit(enterpriseId, otherPlantId, "锅炉房", "GENERAL", "\"geometry\":{\"type\":\"Point\",\"coordinates\":[113.76,34.73]}");

        JsonNode map = safetyManager.get("/api/v1/risk-map?plantId=" + plantId).json();
        assertThat(map.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(map.get("features").size()).isEqualTo(2);
        JsonNode polygon = feature(map, tankFarm);
        assertThat(polygon.get("geometry").get("type").asString()).isEqualTo("Polygon");
        JsonNode ring = polygon.get("geometry").get("coordinates").get(0);
        assertThat(ring.size()).isEqualTo(5);
        assertThat(ring.get(0)).isEqualTo(ring.get(4));
        assertThat(ring.get(1).get(0).asDouble()).isEqualTo(113.752);
        assertThat(polygon.get("properties").get("colour").asString()).isEqualTo("#FFBF01");
        JsonNode point = feature(map, pump);
        assertThat(point.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(point.get("properties").get("colour").asString()).isEqualTo("#2DAFF9");
        assertThat(point.get("properties").has("qrToken")).isFalse();
        assertThat(map.get("aggregate").get("countsByLevel").get("CONSIDERABLE").asInt()).isEqualTo(1);
        assertThat(map.get("aggregate").get("units").asInt()).isEqualTo(2);
        // a polygon unit is placed at its centre where one position is needed (check-in, regulator records)
        JsonNode unit = safetyManager.get("/api/v1/risk-units/" + tankFarm).json();
        assertThat(unit.get("longitude").asDouble()).isEqualTo(113.751);
        assertThat(unit.get("latitude").asDouble()).isEqualTo(34.72275);

        kafka.send("dp.hazard.events", enterpriseId, TestEvents.envelope("hazard.registered.v1", enterpriseId, "hz-map", 1, """
                {"hazardId":"hz-map","unitId":"%s","enterpriseId":"%s","name":"储罐根部阀泄漏","level":"MAJOR"}"""
                .formatted(tankFarm, enterpriseId))).get();
        await().atMost(Duration.ofSeconds(60)).until(() -> feature(safetyManager.get("/api/v1/risk-map?plantId=" + plantId)
                .json(), tankFarm).get("properties").get("colour").asString().equals("#FE0001"));

        assertThat(safetyManager.get("/api/v1/risk-map?plantId=" + otherPlantId).json().get("features").size()).isEqualTo(1);
        ApiClient.Response moved = departmentHead.put("/api/v1/risk-units/" + pump, """
                {"version":1,"plantId":"%s","hazardCode":"T-02","name":"装车泵房","responsibleDepartment":"储运部",
                 "responsiblePerson":"张伟","geometry":{"type":"Point","coordinates":[113.7611,34.7302]}}""".formatted(otherPlantId));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(113.7611);
        assertThat(safetyManager.get("/api/v1/risk-map?plantId=" + plantId).json().get("features").size()).isEqualTo(1);
        assertThat(safetyManager.get("/api/v1/risk-map?plantId=" + otherPlantId).json().get("features").size()).isEqualTo(2);
        assertThat(safetyManager.delete("/api/v1/org/units/" + otherPlantId).json().get("detail").asString())
                .contains("2 risk analysis unit(s)");
        assertThat(safetyManager.get("/api/v1/risk-map?plantId=" + areaId).status()).isEqualTo(404);
        assertThat(safetyManager.get("/api/v1/risk-map").firstError()).isEqualTo("enterpriseId/one-of");
        assertThat(strangerOfAnotherGroup()
                .get("/api/v1/risk-map?plantId=" + plantId).status()).isEqualTo(404);
    }

    @Test
    void aGeometryThatIsNoValidPointOrPolygonIsA400NamingThePositionAndTheRule() {
        String enterpriseId = registerEnterprise();
        assertThat(post(enterpriseId, "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[113.75,34.72],[113.76,34.72],"
                + "[113.76,34.73],[113.75,34.73]]]}").firstError()).isEqualTo("geometry.coordinates[0]/closed-ring");
        assertThat(post(enterpriseId, "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[113.75,34.72],[193.76,34.72],"
                + "[113.76,34.73],[113.75,34.72]]]}").firstError()).isEqualTo("geometry.coordinates[0][1]/range");
        assertThat(post(enterpriseId, "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[113.75,34.72],[113.76,34.72],"
                + "[113.75,34.72]]]}").firstError()).isEqualTo("geometry.coordinates[0]/ring-size");
        assertThat(post(enterpriseId, "\"geometry\":{\"type\":\"Point\",\"coordinates\":[34.72,113.75]}").firstError())
                .isEqualTo("geometry.coordinates/range");
        assertThat(post(enterpriseId, "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}").firstError())
                .isEqualTo("geometry.type/type");
        assertThat(post(enterpriseId, "\"plantId\":\"no-such-plant\"").firstError()).isEqualTo("plantId/exists");
        assertThat(safetyManager.get("/api/v1/risk-units?enterpriseId=" + enterpriseId).json().size()).isZero();
    }

    @Test
    void theGroupAggregateCountsLevelsAndMajorHazardSourcesByGradeOfTheCallersEnterprisesOnly() {
        String first = newCompanyCode();
        String firstId = registerEnterprise(first, newUscc());
        String secondId = registerEnterprise();
        majorHazardSource(firstId, first + "001", 1);
        majorHazardSource(firstId, first + "002", 3);
        unit(firstId, null, "LNG储罐区", "MAJOR", "\"longitude\":113.75,\"latitude\":34.72");
        unit(firstId, null, "装车站", "GENERAL", "\"longitude\":113.75,\"latitude\":34.72");
        unit(secondId, null, "锅炉房", "GENERAL", "\"longitude\":113.75,\"latitude\":34.72");

        JsonNode group = safetyManager.get("/api/v1/risk-map/aggregate").json();
        assertThat(group.get("enterprises").size()).isEqualTo(2);
        JsonNode total = group.get("total");
        assertThat(total.get("units").asInt()).isEqualTo(3);
        assertThat(total.get("countsByLevel").get("GENERAL").asInt()).isEqualTo(2);
        assertThat(total.get("countsByLevel").get("MAJOR").asInt()).isEqualTo(1);
        assertThat(total.get("majorHazardSources").asInt()).isEqualTo(2);
        assertThat(total.get("majorHazardSourcesByGrade").get("1").asInt()).isEqualTo(1);
        assertThat(total.get("majorHazardSourcesByGrade").get("3").asInt()).isEqualTo(1);
        assertThat(total.get("majorHazardSourcesByGrade").get("2").asInt()).isZero();

        ApiClient secondOnly = ApiClient.as("http://localhost:" + port, "wang.qiang", groupOf(secondId), secondId)
                .withRoles(Role.SAFETY_MANAGER.name());
        JsonNode scoped = secondOnly.get("/api/v1/risk-map/aggregate").json();
        assertThat(scoped.get("enterprises").size()).as(scoped.toString()).isEqualTo(1);
        assertThat(scoped.get("enterprises").get(0).get("enterpriseId").asString()).isEqualTo(secondId);
        assertThat(scoped.get("total").get("units").asInt()).isEqualTo(1);
        assertThat(scoped.get("total").get("majorHazardSources").asInt()).isZero();
        assertThat(secondOnly.get("/api/v1/risk-map/aggregate?enterpriseId=" + firstId).status()).isEqualTo(404);
        assertThat(safetyManager.get("/api/v1/risk-map/aggregate?enterpriseId=" + firstId).json().get("total")
                .get("majorHazardSources").asInt()).isEqualTo(2);
    }

    @Test
    void aUnitsQrTokenIsRandomRotatableAndTravelsInItsEvents() {
        String enterpriseId = registerEnterprise();
        String unitId = unit(enterpriseId, null, "LNG储罐区", "LOW", "\"longitude\":113.75,\"latitude\":34.72");
        String token = safetyManager.get("/api/v1/risk-units/" + unitId).json().get("qrToken").asString();
        assertThat(token).hasSize(22).isNotEqualTo(unitId).doesNotContain(unitId.substring(0, 8));

        ApiClient stranger = strangerOfAnotherGroup();
        assertThat(stranger.post("/api/v1/risk-units/" + unitId + "/qr-token", "").status()).isEqualTo(404);
        assertThat(safetyManager.post("/api/v1/risk-units/" + unitId + "/qr-token?version=7", "").json().get("rule").asString())
                .isEqualTo("concurrent-change");
        ApiClient.Response rotated = safetyManager.post("/api/v1/risk-units/" + unitId + "/qr-token?version=1", "");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String newToken = rotated.json().get("qrToken").asString();
        assertThat(newToken).hasSize(22).isNotEqualTo(token);
        assertThat(safetyManager.get("/api/v1/risk-units/" + unitId).json().get("qrToken").asString()).isEqualTo(newToken);

        assertThat(events(enterpriseId, "risk.unit.created.v1", 1).get(0).get("qrToken").asString()).isEqualTo(token);
        assertThat(events(enterpriseId, "risk.unit.updated.v1", 1).get(0).get("qrToken").asString()).isEqualTo(newToken);
    }

    private String groupOf(String enterpriseId) {
        return safetyManager.get("/api/v1/enterprises/" + enterpriseId).json().get("groupId").asString();
    }

    private void majorHazardSource(String enterpriseId, String code, int grade) {
        ApiClient.Response created = safetyManager.post("/api/v1/risk-objects", """
                {"enterpriseId":"%s","hazardCode":"%s","name":"重大危险源%s","majorHazardSource":true,"majorHazardGrade":%d,
                 "mainResponsiblePersonId":"p-1","technicalResponsiblePersonId":"p-2","operationalResponsiblePersonId":"p-3"}"""
                .formatted(enterpriseId, code, code, grade));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static JsonNode feature(JsonNode map, String unitId) {
        for (JsonNode feature : map.get("features")) {
            if (feature.get("id").asString().equals(unitId)) {
                return feature;
            }
        }
        throw new AssertionError("unit " + unitId + " is not on the map " + map);
    }

    private ApiClient.Response post(String enterpriseId, String placement) {
        return safetyManager.post("/api/v1/risk-units", """
                {"enterpriseId":"%s","hazardCode":"T-01","name":"罐区","responsibleDepartment":"储运部",
                 "responsiblePerson":"张伟","riskLevel":"LOW",%s}""".formatted(enterpriseId, placement));
    }

    private String unit(String enterpriseId, String plantId, String name, String level, String placement) {
        ApiClient.Response response = safetyManager.post("/api/v1/risk-units", """
                {"enterpriseId":"%s","plantId":%s,"hazardCode":"T-%s","name":"%s","responsibleDepartment":"储运部",
                 "responsiblePerson":"张伟","riskLevel":"%s",%s}""".formatted(enterpriseId,
                plantId == null ? "null" : "\"" + plantId + "\"", name.hashCode(), name, level, placement));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private String orgUnit(String enterpriseId, String kind, String parentId, String name) {
        ApiClient.Response response = safetyManager.post("/api/v1/org/units", """
                {"enterpriseId":"%s","kind":"%s","parentId":%s,"name":"%s"}"""
                .formatted(enterpriseId, kind, parentId == null ? "null" : "\"" + parentId + "\"", name));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
