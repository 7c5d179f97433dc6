package cn.dualprevention.risk;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.EventProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationApiTest extends ApiTestSupport {

    @Test
    void aPersonHoldingAPostOfADepartmentIsAnnouncedOnEveryChange() {
        ApiClient.Response enterprise = groupAdmin.post("/api/v1/enterprises",
                "{\"name\":\"中原化工\",\"companyCode\":\"410100016\",\"uscc\":\"91410100MA46RTK06Y\"}");
        String enterpriseId = enterprise.json().get("id").asString();
        String plantId = safetyManager.post("/api/v1/org/units",
                "{\"enterpriseId\":\"" + enterpriseId + "\",\"kind\":\"PLANT\",\"name\":\"一厂区\"}").json().get("id").asString();
        ApiClient.Response department = safetyManager.post("/api/v1/org/units",
                "{\"enterpriseId\":\"" + enterpriseId + "\",\"kind\":\"DEPARTMENT\",\"parentId\":\"" + plantId + "\",\"name\":\"储运部\"}");
        assertThat(department.status()).as(department.body()).isEqualTo(201);
        String departmentId = department.json().get("id").asString();
        assertThat(safetyManager.post("/api/v1/org/posts", "{\"enterpriseId\":\"" + enterpriseId + "\",\"departmentId\":\""
                + plantId + "\",\"name\":\"储罐操作工\"}").firstError()).isEqualTo("departmentId/exists");
        String postId = safetyManager.post("/api/v1/org/posts", "{\"enterpriseId\":\"" + enterpriseId + "\",\"departmentId\":\""
                + departmentId + "\",\"name\":\"储罐操作工\"}").json().get("id").asString();

        assertThat(safetyManager.post("/api/v1/org/people", person(enterpriseId, "1381234567", departmentId, postId)).firstError())
                .isEqualTo("mobile/mobile");
        assertThat(safetyManager.post("/api/v1/org/people", person(enterpriseId, "13812345678", departmentId, "no-such-post")).firstError())
                .isEqualTo("postIds[0]/exists");
        ApiClient.Response created = safetyManager.post("/api/v1/org/people", person(enterpriseId, "13812345678", departmentId, postId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String personId = created.json().get("id").asString();
        assertThat(safetyManager.put("/api/v1/org/people/" + personId, person(enterpriseId, "13987654321", departmentId, postId)).status())
                .isEqualTo(200);
        assertThat(safetyManager.delete("/api/v1/org/people/" + personId).status()).isEqualTo(204);
        assertThat(safetyManager.get("/api/v1/org/people?enterpriseId=" + enterpriseId).json().size()).isZero();

        try (EventProbe probe = new EventProbe(brokers, "dp.risk.events")) {
            List<JsonNode> changes = probe.await(r -> r.key().equals(enterpriseId) && type(r).equals("risk.person.changed.v1"),
                    3, Duration.ofSeconds(60)).stream().map(r -> JSON.readTree(r.value()).get("data")).toList();
            assertThat(changes).extracting(c -> c.get("mobile").asString()).containsExactly("13812345678", "13987654321", "13987654321");
            assertThat(changes).extracting(c -> c.get("deleted").asBoolean()).containsExactly(false, false, true);
            assertThat(changes.get(0).get("postIds").get(0).asString()).isEqualTo(postId);
            assertThat(changes.get(0).get("departmentId").asString()).isEqualTo(departmentId);
        }
    }

    @Test
    void everyEndpointIsInTheOpenApiDocumentWithExamples() {
        JsonNode docs = ApiClient.anonymous("http://localhost:" + port).get("/v3/api-docs").json();
        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/risk-objects", "/api/v1/risk-events",
                "/api/v1/risk-events/{id}/assessments", "/api/v1/control-measures", "/api/v1/risk-map",
                "/api/v1/risk-units/{id}", "/api/v1/enterprises/{enterpriseId}/risk-thresholds/{method}",
                "/api/v1/org/people", "/api/v1/org/units", "/api/v1/org/posts", "/api/v1/org/units/{id}",
                "/api/v1/org/posts/{id}", "/api/v1/risk-objects/{id}", "/api/v1/risk-events/{id}", "/api/v1/enterprises/{id}",
                "/api/v1/risk-units/{id}/qr-token", "/api/v1/risk-map/aggregate");
        assertThat(docs.get("paths").get("/api/v1/risk-objects/{id}").has("put")).isTrue();
        assertThat(docs.get("paths").get("/api/v1/risk-objects/{id}").has("delete")).isTrue();
        assertThat(docs.get("paths").get("/api/v1/risk-events/{id}").has("delete")).isTrue();
        assertThat(docs.get("paths").get("/api/v1/enterprises/{id}").has("put")).isTrue();
        JsonNode schemas = docs.get("components").get("schemas");
        assertThat(schemas.get("GeometryRequest").get("example").toString()).contains("Polygon");
        assertThat(schemas.get("RiskObjectUpdateRequest").get("properties").get("version").get("example").asInt()).isEqualTo(1);
        assertThat(schemas.get("RiskUnitRequest").get("properties").get("plantId").has("example")).isTrue();
        assertThat(schemas.get("EnterpriseUpdateRequest").get("properties").get("name").get("example").asString())
                .isEqualTo("郑州中原液化天然气储运股份有限公司");
        assertThat(docs.get("components").get("schemas").get("AssessmentRequest").get("properties").get("method")
                .get("example").asString()).isEqualTo("LEC");
    }

    private static String person(String enterpriseId, String mobile, String departmentId, String postId) {
        return """
                {"enterpriseId":"%s","name":"王强","mobile":"%s","departmentId":"%s","postIds":["%s"]}"""
                .formatted(enterpriseId, mobile, departmentId, postId);
    }

}
