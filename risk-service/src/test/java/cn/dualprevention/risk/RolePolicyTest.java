package cn.dualprevention.risk;

import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.identity.AllowedRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, the role policy (角色权限) as the people of an enterprise meet it: the group administrator registers
 * enterprises, the safety manager keeps organisation and master data, a department head identifies and grades the
 * risks of his department, an inspector (巡检员) reads the register but changes nothing in it, a regulator
 * (监管查看) only reads. A refusal is a 403 problem+json naming the roles that may, and nothing has changed.
 */
class RolePolicyTest extends ApiTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiClient inspector;
    ApiClient regulator;
    String enterpriseId;
    String unitId;

    @BeforeEach
    void enterpriseWithAUnit() {
        enterpriseId = registerEnterprise();
        inspector = sameGroup("liu.yang", Role.INSPECTOR);
        regulator = sameGroup("gao.jing", Role.REGULATOR_VIEWER);
        unitId = created(safetyManager.post("/api/v1/risk-units", unit("T-01", "GENERAL")));
    }

    @Test
    void anInspectorCannotChangeOrDeleteTheEnterpriseAndItStaysAsItWas() {
        JsonNode before = groupAdmin.get("/api/v1/enterprises/" + enterpriseId).json();

        ApiClient.Response renamed = inspector.put("/api/v1/enterprises/" + enterpriseId, enterprise(before, "巡检员改的名字"));
        assertForbidden(renamed, "GROUP_ADMIN", "SAFETY_MANAGER");
        // an enterprise is not deleted through the API by anyone (no DELETE operation): the inspector's try changes nothing
        ApiClient.Response deleted = inspector.delete("/api/v1/enterprises/" + enterpriseId);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(405);

        JsonNode after = groupAdmin.get("/api/v1/enterprises/" + enterpriseId).json();
        assertThat(after.get("name").asString()).isEqualTo(before.get("name").asString());
        assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong());
        assertThat(groupAdmin.get("/api/v1/enterprises").json().findValuesAsString("id")).contains(enterpriseId);
    }

    @Test
    void anInspectorCannotRegradeOrDeleteARiskUnitButReadsIt() {
        String eventId = created(safetyManager.post("/api/v1/risk-events",
                "{\"unitId\":\"" + unitId + "\",\"name\":\"储罐超压泄漏\",\"consequence\":\"火灾\"}"));

        assertForbidden(inspector.post("/api/v1/risk-events/" + eventId + "/assessments", majorAssessment()),
                "GROUP_ADMIN", "SAFETY_MANAGER", "DEPARTMENT_HEAD", "API_CLIENT");
        assertForbidden(inspector.delete("/api/v1/risk-units/" + unitId), "DEPARTMENT_HEAD");
        assertForbidden(inspector.post("/api/v1/risk-units/" + unitId + "/stop", "{\"reason\":\"巡检员停的\"}"), "DEPARTMENT_HEAD");

        ApiClient.Response unit = inspector.get("/api/v1/risk-units/" + unitId);
        assertThat(unit.status()).as(unit.body()).isEqualTo(200);
        assertThat(unit.json().get("riskLevel").asString()).isEqualTo("GENERAL");
        assertThat(unit.json().get("status").asString()).isEqualTo("IN_SERVICE");
        assertThat(inspector.get("/api/v1/risk-events/" + eventId).json().get("assessments").size()).isZero();
    }

    @Test
    void aDepartmentHeadAddsAndGradesARiskEventButCannotTouchTheEnterpriseOrTheOrganisation() {
        ApiClient.Response event = departmentHead.post("/api/v1/risk-events",
                "{\"unitId\":\"" + unitId + "\",\"name\":\"装卸臂脱落\",\"consequence\":\"LNG泄漏\"}");
        assertThat(event.status()).as(event.body()).isEqualTo(201);
        String eventId = event.json().get("id").asString();
        ApiClient.Response graded = departmentHead.post("/api/v1/risk-events/" + eventId + "/assessments", majorAssessment());
        assertThat(graded.status()).as(graded.body()).isEqualTo(201);
        assertThat(graded.json().get("assessments").get(0).get("assessor").asString()).isEqualTo("wang.qiang");
        assertThat(safetyManager.get("/api/v1/risk-units/" + unitId).json().get("riskLevel").asString()).isEqualTo("MAJOR");

        JsonNode before = groupAdmin.get("/api/v1/enterprises/" + enterpriseId).json();
        assertForbidden(departmentHead.put("/api/v1/enterprises/" + enterpriseId, enterprise(before, "部门改的名字")),
                "GROUP_ADMIN", "SAFETY_MANAGER");
        assertThat(departmentHead.delete("/api/v1/enterprises/" + enterpriseId).status()).isEqualTo(405);
        assertForbidden(departmentHead.post("/api/v1/org/units",
                "{\"enterpriseId\":\"" + enterpriseId + "\",\"kind\":\"PLANT\",\"name\":\"二厂区\"}"), "SAFETY_MANAGER");
        assertForbidden(departmentHead.post("/api/v1/risk-units/" + unitId + "/qr-token", ""), "SAFETY_MANAGER");
        assertThat(groupAdmin.get("/api/v1/enterprises/" + enterpriseId).json().get("version").asLong())
                .isEqualTo(before.get("version").asLong());
        assertThat(safetyManager.get("/api/v1/org/units?enterpriseId=" + enterpriseId).json().size()).isZero();
    }

    @Test
    void aRegulatorViewerReadsEverythingButWritesNothing() {
        JsonNode before = groupAdmin.get("/api/v1/enterprises/" + enterpriseId).json();
        assertForbidden(regulator.put("/api/v1/enterprises/" + enterpriseId, enterprise(before, "监管改的名字")), "only read");
        assertForbidden(regulator.post("/api/v1/risk-events", "{\"unitId\":\"" + unitId + "\",\"name\":\"储罐泄漏\"}"),
                "only read");
        assertForbidden(regulator.post("/api/v1/risk-units", unit("T-02", "LOW")), "only read");
        assertForbidden(regulator.postBytes("/api/v1/risk-register/import?enterpriseId=" + enterpriseId,
                RiskRegisterExcelTest.XLSX, new byte[]{1}), "only read");
        // a token naming the viewer besides a writing role still only reads
        ApiClient viewerAndManager = sameGroup("gao.jing", Role.REGULATOR_VIEWER, Role.SAFETY_MANAGER);
        assertForbidden(viewerAndManager.post("/api/v1/risk-units", unit("T-03", "LOW")), "only read");

        assertThat(regulator.get("/api/v1/risk-units?enterpriseId=" + enterpriseId).json().size()).isEqualTo(1);
        assertThat(regulator.get("/api/v1/risk-map?enterpriseId=" + enterpriseId).status()).isEqualTo(200);
        assertThat(regulator.get("/api/v1/enterprises/" + enterpriseId).json().get("name").asString())
                .isEqualTo(before.get("name").asString());
    }

    @Test
    void aSafetyManagerKeepsTheEnterpriseItsOrganisationAndItsRegister() {
        JsonNode before = safetyManager.get("/api/v1/enterprises/" + enterpriseId).json();
        ApiClient.Response renamed = safetyManager.put("/api/v1/enterprises/" + enterpriseId, enterprise(before, "中原储运股份有限公司"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("中原储运股份有限公司");
        created(safetyManager.post("/api/v1/org/units", "{\"enterpriseId\":\"" + enterpriseId + "\",\"kind\":\"PLANT\",\"name\":\"一厂区\"}"));
        ApiClient.Response threshold = safetyManager.put("/api/v1/enterprises/" + enterpriseId + "/risk-thresholds/LS",
                "{\"major\":\">=20\",\"considerable\":\">=9\",\"general\":\">=4\"}");
        assertThat(threshold.status()).as(threshold.body()).isEqualTo(200);
        ApiClient.Response rotated = safetyManager.post("/api/v1/risk-units/" + unitId + "/qr-token", "");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        ApiClient.Response stopped = safetyManager.post("/api/v1/risk-units/" + unitId + "/stop", "{\"reason\":\"年度大修\"}");
        assertThat(stopped.json().get("status").asString()).as(stopped.body()).isEqualTo("STOPPED");
        assertThat(safetyManager.delete("/api/v1/risk-units/" + unitId).status()).isEqualTo(204);
    }

    @Test
    void onlyAGroupAdministratorRegistersAnEnterprise() {
        String companyCode = newCompanyCode();
        String body = "{\"name\":\"豫北焦化有限公司\",\"companyCode\":\"" + companyCode + "\",\"uscc\":\"" + newUscc() + "\"}";

        assertForbidden(safetyManager.post("/api/v1/enterprises", body), "GROUP_ADMIN");
        assertForbidden(departmentHead.post("/api/v1/enterprises", body), "GROUP_ADMIN");
        assertThat(groupAdmin.get("/api/v1/enterprises").json().findValuesAsString("companyCode")).doesNotContain(companyCode);

        ApiClient.Response registered = groupAdmin.post("/api/v1/enterprises", body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(safetyManager.get("/api/v1/enterprises").json().findValuesAsString("companyCode")).contains(companyCode);
    }

    @Test
    void aPlantSystemFeedsTheRegisterButDoesNotStopUnitsOrChangeTheOrganisation() {
        ApiClient.Response event = plantSystem.post("/api/v1/risk-events", "{\"unitId\":\"" + unitId + "\",\"name\":\"储罐泄漏\"}");
        assertThat(event.status()).as(event.body()).isEqualTo(201);
        assertForbidden(plantSystem.post("/api/v1/risk-units/" + unitId + "/stop", "{}"), "DEPARTMENT_HEAD");
        assertForbidden(plantSystem.post("/api/v1/org/people", "{\"enterpriseId\":\"" + enterpriseId + "\"}"), "SAFETY_MANAGER");
        // a token that names no role at all is refused every write with a role list
        ApiClient nobody = ApiClient.as("http://localhost:" + port, "temp.worker", groupOf(enterpriseId));
        assertForbidden(nobody.post("/api/v1/risk-events", "{\"unitId\":\"" + unitId + "\",\"name\":\"储罐泄漏\"}"), "SAFETY_MANAGER");
        assertThat(safetyManager.get("/api/v1/risk-events?unitId=" + unitId).json().size()).isEqualTo(1);
    }

    @Test
    void everyStateChangingEndpointOfRiskServiceNamesTheRolesThatMayCallIt() {
        List<String> writes = new ArrayList<>();
        List<String> withoutPolicy = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            boolean write = methods.isEmpty() || methods.stream().anyMatch(m -> !Set.of(RequestMethod.GET, RequestMethod.HEAD,
                    RequestMethod.OPTIONS).contains(m));
            if (!write || !handler.getBeanType().getName().startsWith("cn.dualprevention.risk.")) {
                continue;
            }
            String name = methods + " " + entry.getKey().getPatternValues();
            writes.add(name);
            if (AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), AllowedRoles.class) == null
                    && AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), AllowedRoles.class) == null) {
                withoutPolicy.add(name);
            }
        }
        assertThat(writes).as("the writes of risk-service").hasSizeGreaterThanOrEqualTo(29);
        assertThat(withoutPolicy).as("writes open to every role but the viewer (no @AllowedRoles)").isEmpty();
    }

    /** 403 problem+json whose detail tells why (the roles that may, or that a viewer only reads). */
    private static void assertForbidden(ApiClient.Response response, String... detailNames) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.json().get("detail").asString()).contains(detailNames);
    }

    private ApiClient sameGroup(String user, Role... roles) {
        String[] names = java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
        return ApiClient.as("http://localhost:" + port, user, groupOf(enterpriseId)).withRoles(names);
    }

    private String groupOf(String id) {
        return groupAdmin.get("/api/v1/enterprises/" + id).json().get("groupId").asString();
    }

    private String unit(String hazardCode, String level) {
        return """
                {"enterpriseId":"%s","hazardCode":"%s","name":"LNG储罐区","responsibleDepartment":"储运部",
                 "responsiblePerson":"张伟","riskLevel":"%s","longitude":113.7512,"latitude":34.7226}"""
                .formatted(enterpriseId, hazardCode, level);
    }

    private static String majorAssessment() {
        return "{\"kind\":\"RESIDUAL\",\"method\":\"LEC\",\"factors\":{\"L\":10,\"E\":6,\"C\":40},\"reason\":\"HAZOP\"}";
    }

    private static String enterprise(JsonNode current, String name) {
        return """
                {"version":%d,"name":"%s","companyCode":"%s","uscc":"%s","address":"河南省郑州市经开区第九大街"}"""
                .formatted(current.get("version").asLong(), name, current.get("companyCode").asString(),
                        current.get("uscc").asString());
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
