package cn.dualprevention.risk;

import cn.dualprevention.platform.test.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The enterprise and its organisation change, and every change travels with the whole state. */
class OrganisationChangesApiTest extends ApiTestSupport {

    @Test
    void anEnterpriseIsRenamedButKeepsItsCompanyCode() {
        String companyCode = newCompanyCode();
        String uscc = newUscc();
        String enterpriseId = registerEnterprise(companyCode, uscc);
        String newUscc = newUscc();
        ApiClient.Response renamed = safetyManager.put("/api/v1/enterprises/" + enterpriseId, enterprise(1, "中原储运股份有限公司",
                companyCode, newUscc));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("中原储运股份有限公司");
        assertThat(safetyManager.put("/api/v1/enterprises/" + enterpriseId, enterprise(1, "x", companyCode, newUscc)).json()
                .get("rule").asString()).isEqualTo("concurrent-change");
        ApiClient.Response recoded = safetyManager.put("/api/v1/enterprises/" + enterpriseId, enterprise(2, "x", newCompanyCode(), newUscc));
        assertThat(recoded.status()).isEqualTo(409);
        assertThat(recoded.json().get("rule").asString()).isEqualTo("company-code-fixed");
        assertThat(safetyManager.put("/api/v1/enterprises/" + enterpriseId, enterprise(2, "x", companyCode, "91410100MA44XXK124"))
                .firstError()).isEqualTo("uscc/check-digit");
        assertThat(strangerOfAnotherGroup()
                .put("/api/v1/enterprises/" + enterpriseId, enterprise(2, "x", companyCode, newUscc)).status()).isEqualTo(404);

        JsonNode updated = events(enterpriseId, "risk.enterprise.updated.v1", 1).get(0);
        assertThat(updated.get("name").asString()).isEqualTo("中原储运股份有限公司");
        assertThat(updated.get("uscc").asString()).isEqualTo(newUscc);
        assertThat(updated.get("companyCode").asString()).isEqualTo(companyCode);
        assertThat(updated.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void plantsDepartmentsAndPostsChangeAndAreDeletedOnlyWhenNothingHangsOnThem() {
        String enterpriseId = registerEnterprise();
        String plantId = orgUnit(enterpriseId, "PLANT", null, "一厂区");
        String areaId = orgUnit(enterpriseId, "AREA", plantId, "罐区");
        String departmentId = orgUnit(enterpriseId, "DEPARTMENT", null, "储运部");
        String postId = safetyManager.post("/api/v1/org/posts", "{\"enterpriseId\":\"" + enterpriseId + "\",\"departmentId\":\""
                + departmentId + "\",\"name\":\"储罐操作工\"}").json().get("id").asString();
        String personId = safetyManager.post("/api/v1/org/people", """
                {"enterpriseId":"%s","name":"王强","mobile":"13812345678","departmentId":"%s","postIds":["%s"]}"""
                .formatted(enterpriseId, departmentId, postId)).json().get("id").asString();

        ApiClient.Response renamed = safetyManager.put("/api/v1/org/units/" + departmentId, "{\"version\":1,\"name\":\"储运车间\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("储运车间");
        assertThat(safetyManager.put("/api/v1/org/units/" + plantId, "{\"parentId\":\"" + areaId + "\",\"name\":\"一厂区\"}").firstError())
                .isEqualTo("parentId/cycle");
        ApiClient.Response plantInUse = safetyManager.delete("/api/v1/org/units/" + plantId);
        assertThat(plantInUse.status()).isEqualTo(409);
        assertThat(plantInUse.json().get("rule").asString()).isEqualTo("org-unit-in-use");
        assertThat(plantInUse.json().get("detail").asString()).contains("1 plant(s) / area(s) / department(s)");
        ApiClient.Response departmentInUse = safetyManager.delete("/api/v1/org/units/" + departmentId);
        assertThat(departmentInUse.json().get("detail").asString()).contains("1 post(s)", "1 person(s)");
        ApiClient.Response held = safetyManager.delete("/api/v1/org/posts/" + postId);
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.json().get("rule").asString()).isEqualTo("post-held");
        ApiClient.Response renamedPost = safetyManager.put("/api/v1/org/posts/" + postId,
                "{\"version\":1,\"departmentId\":\"" + departmentId + "\",\"name\":\"装卸操作工\"}");
        assertThat(renamedPost.json().get("name").asString()).as(renamedPost.body()).isEqualTo("装卸操作工");

        assertThat(safetyManager.delete("/api/v1/org/people/" + personId + "?version=1").status()).isEqualTo(204);
        assertThat(safetyManager.delete("/api/v1/org/posts/" + postId).status()).isEqualTo(204);
        assertThat(safetyManager.delete("/api/v1/org/units/" + departmentId + "?version=2").status()).isEqualTo(204);
        assertThat(safetyManager.delete("/api/v1/org/units/" + areaId).status()).isEqualTo(204);
        assertThat(safetyManager.delete("/api/v1/org/units/" + plantId).status()).isEqualTo(204);
        assertThat(safetyManager.get("/api/v1/org/units?enterpriseId=" + enterpriseId).json().size()).isZero();
        assertThat(safetyManager.get("/api/v1/org/posts?enterpriseId=" + enterpriseId).json().size()).isZero();

        List<JsonNode> created = events(enterpriseId, "risk.org-unit.created.v1", 3);
        assertThat(created).extracting(u -> u.get("kind").asString()).containsExactly("PLANT", "AREA", "DEPARTMENT");
        assertThat(created.get(1).get("parentId").asString()).isEqualTo(plantId);
        assertThat(events(enterpriseId, "risk.org-unit.updated.v1", 1).get(0).get("name").asString()).isEqualTo("储运车间");
        assertThat(events(enterpriseId, "risk.org-unit.deleted.v1", 3)).extracting(u -> u.get("orgUnitId").asString())
                .containsExactly(departmentId, areaId, plantId);
        JsonNode postCreated = events(enterpriseId, "risk.post.created.v1", 1).get(0);
        assertThat(postCreated.get("departmentId").asString()).isEqualTo(departmentId);
        assertThat(events(enterpriseId, "risk.post.updated.v1", 1).get(0).get("name").asString()).isEqualTo("装卸操作工");
        JsonNode postDeleted = events(enterpriseId, "risk.post.deleted.v1", 1).get(0);
        assertThat(postDeleted.get("deleted").asBoolean()).isTrue();
        assertThat(postDeleted.get("name").asString()).isEqualTo("装卸操作工");
    }

    private String orgUnit(String enterpriseId, String kind, String parentId, String name) {
        ApiClient.Response response = safetyManager.post("/api/v1/org/units", """
                {"enterpriseId":"%s","kind":"%s","parentId":%s,"name":"%s"}"""
                .formatted(enterpriseId, kind, parentId == null ? "null" : "\"" + parentId + "\"", name));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static String enterprise(long version, String name, String companyCode, String uscc) {
        return """
                {"version":%d,"name":"%s","companyCode":"%s","uscc":"%s","address":"河南省郑州市经开区第九大街"}"""
                .formatted(version, name, companyCode, uscc);
    }
}
