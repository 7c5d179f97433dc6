package cn.dualprevention.risk.security;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.AuthorizationMatrix;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.risk.enterprise.domain.UnifiedSocialCreditCode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, acceptance 2: every operation of risk-service's OpenAPI document × every role × own/foreign tenant
 * (and no token), against an enterprise with its organisation and risk model created through the API.
 */
@ServiceTest
class AuthorizationMatrixTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyOperationTimesEveryRoleAndTenant() {
        String base = "http://localhost:" + port;
        String group = "matrix-group-" + UUID.randomUUID();
        ApiClient admin = ApiClient.as(base, "zhang.wei", group).withRoles("GROUP_ADMIN");
        String enterpriseId = created(admin.post("/api/v1/enterprises",
                "{\"name\":\"中原液化天然气储运有限公司\",\"companyCode\":\"" + companyCode() + "\",\"uscc\":\"" + uscc() + "\"}"));
        ApiClient manager = ApiClient.as(base, "zhang.wei", group, enterpriseId).withRoles("SAFETY_MANAGER");
        Org org = org(manager, enterpriseId);
        String objectId = created(manager.post("/api/v1/risk-objects", """
                {"enterpriseId":"%s","hazardCode":"%s001","name":"LNG储罐区重大危险源","majorHazardSource":true,
                 "majorHazardGrade":2,"mainResponsiblePersonId":"%s","technicalResponsiblePersonId":"%s",
                 "operationalResponsiblePersonId":"%s"}""".formatted(enterpriseId, org.companyCode(), org.personId(),
                org.personId(), org.personId())));
        String unitId = unit(manager, enterpriseId, objectId, org.companyCode());
        String eventId = event(manager, unitId);
        String measureId = measure(manager, eventId, org.postId());

        AuthorizationMatrix.Report report = AuthorizationMatrix.of(base, group, enterpriseId)
                .id("enterpriseId", enterpriseId)
                .id("/api/v1/enterprises/{id}", "id", enterpriseId)
                .id("/api/v1/org/units/{id}", "id", org.departmentId())
                .id("/api/v1/org/posts/{id}", "id", org.postId())
                .id("/api/v1/org/people/{id}", "id", org.personId())
                .id("/api/v1/risk-objects/{id}", "id", objectId)
                .id("/api/v1/risk-units/{id}", "id", unitId)
                .id("/api/v1/risk-units/{id}/stop", "id", unitId)
                .id("/api/v1/risk-units/{id}/resume", "id", unitId)
                .id("/api/v1/risk-units/{id}/qr-token", "id", unitId)
                .id("/api/v1/risk-events/{id}", "id", eventId)
                .id("/api/v1/risk-events/{id}/assessments", "id", eventId)
                .id("/api/v1/control-measures/{id}", "id", measureId)
                .fresh("DELETE", "/api/v1/org/units/{id}", () -> Map.of("id", created(manager.post("/api/v1/org/units",
                        "{\"enterpriseId\":\"" + enterpriseId + "\",\"kind\":\"DEPARTMENT\",\"parentId\":\"" + org.plantId()
                                + "\",\"name\":\"检修部\"}"))))
                .fresh("DELETE", "/api/v1/org/posts/{id}", () -> Map.of("id", created(manager.post("/api/v1/org/posts",
                        "{\"enterpriseId\":\"" + enterpriseId + "\",\"departmentId\":\"" + org.departmentId()
                                + "\",\"name\":\"装卸工\"}"))))
                .fresh("DELETE", "/api/v1/org/people/{id}", () -> Map.of("id", created(manager.post("/api/v1/org/people",
                        "{\"enterpriseId\":\"" + enterpriseId + "\",\"name\":\"李强\",\"mobile\":\"139"
                                + String.format("%08d", RANDOM.nextInt(100_000_000)) + "\",\"departmentId\":\""
                                + org.departmentId() + "\",\"postIds\":[\"" + org.postId() + "\"]}"))))
                .fresh("DELETE", "/api/v1/risk-units/{id}", () -> Map.of("id", unit(manager, enterpriseId, objectId, org.companyCode())))
                .fresh("DELETE", "/api/v1/risk-events/{id}", () -> Map.of("id", event(manager, unitId)))
                .fresh("DELETE", "/api/v1/control-measures/{id}", () -> Map.of("id", measure(manager, eventId, org.postId())))
                // valid bodies, so that the tenant check (not the validation) answers the foreign callers
                .body("PUT", "/api/v1/risk-units/{id}", """
                        {"version":1,"riskObjectId":"%s","hazardCode":"%s001","name":"LNG储罐区","responsibleDepartment":"储运部",
                         "responsiblePerson":"张伟","longitude":113.7512,"latitude":34.7226}""".formatted(objectId, org.companyCode()))
                .body("PUT", "/api/v1/risk-events/{id}", "{\"version\":1,\"name\":\"储罐超压泄漏\",\"consequence\":\"人员伤亡\"}")
                .body("PUT", "/api/v1/risk-objects/{id}", """
                        {"version":1,"hazardCode":"%s001","name":"LNG储罐区重大危险源","majorHazardSource":true,"majorHazardGrade":2,
                         "mainResponsiblePersonId":"%s","technicalResponsiblePersonId":"%s","operationalResponsiblePersonId":"%s"}"""
                        .formatted(org.companyCode(), org.personId(), org.personId(), org.personId()))
                .body("PUT", "/api/v1/org/units/{id}", "{\"version\":1,\"parentId\":\"" + org.plantId() + "\",\"name\":\"储运部\"}")
                .body("PUT", "/api/v1/org/posts/{id}", "{\"version\":1,\"departmentId\":\"" + org.departmentId() + "\",\"name\":\"储罐操作工\"}")
                .body("POST", "/api/v1/risk-events/{id}/assessments",
                        "{\"kind\":\"INHERENT\",\"method\":\"LEC\",\"factors\":{\"L\":10,\"E\":6,\"C\":40},\"reason\":\"HAZOP\"}")
                .value("method", "LEC")
                .query("enterpriseId", enterpriseId)
                .query("riskEventId", eventId)
                .query("unitId", unitId)
                .query("riskObjectId", objectId)
                .ownedIds(org.plantId())
                .run()
                .writeTo(Path.of("target", "authorization-matrix.txt"));
        return Stream.concat(report.dynamicTests(), Stream.of(DynamicTest.dynamicTest(
                "the role policy's cells were sent and refused", () -> rolePolicyCellsRefused(report))));
    }

    /**
     * The matrix takes its expectations from {@code x-dp-roles}; this pins that the role policy of issue 8 is what
     * those say, so that the matrix really sent these cells to the own tenant and got 403 problem+json back.
     */
    private static void rolePolicyCellsRefused(AuthorizationMatrix.Report report) {
        List<String[]> refused = List.of(
                new String[]{"POST /api/v1/enterprises", "SAFETY_MANAGER"},
                new String[]{"POST /api/v1/enterprises", "API_CLIENT"},
                new String[]{"PUT /api/v1/enterprises/{id}", "INSPECTOR"},
                new String[]{"PUT /api/v1/enterprises/{id}", "DEPARTMENT_HEAD"},
                new String[]{"POST /api/v1/org/units", "DEPARTMENT_HEAD"},
                new String[]{"DELETE /api/v1/org/people/{id}", "GUARANTOR"},
                new String[]{"PUT /api/v1/enterprises/{enterpriseId}/risk-thresholds/{method}", "DEPARTMENT_HEAD"},
                new String[]{"POST /api/v1/risk-events/{id}/assessments", "INSPECTOR"},
                new String[]{"DELETE /api/v1/risk-units/{id}", "INSPECTOR"},
                new String[]{"POST /api/v1/risk-units/{id}/stop", "API_CLIENT"},
                new String[]{"POST /api/v1/risk-units/{id}/qr-token", "DEPARTMENT_HEAD"},
                new String[]{"POST /api/v1/risk-register/import", "GUARANTOR"},
                new String[]{"DELETE /api/v1/control-measures/{id}", "INSPECTOR"},
                new String[]{"PUT /api/v1/risk-objects/{id}", "REGULATOR_VIEWER"});
        for (String[] cell : refused) {
            AuthorizationMatrix.Result result = report.results().stream()
                    .filter(r -> r.operation().equals(cell[0]) && r.role().equals(cell[1])
                            && r.tenant() == AuthorizationMatrix.Tenant.OWN)
                    .findFirst().orElseThrow(() -> new AssertionError("no cell " + cell[0] + " " + cell[1]));
            assertThat(result.expected()).as(result.toString()).isEqualTo("403 problem+json");
            assertThat(result.got()).as(result.toString()).startsWith("403 problem");
        }
        List<String[]> allowed = List.of(
                new String[]{"POST /api/v1/enterprises", "GROUP_ADMIN"},
                new String[]{"POST /api/v1/risk-events", "DEPARTMENT_HEAD"},
                new String[]{"POST /api/v1/risk-events/{id}/assessments", "API_CLIENT"},
                new String[]{"POST /api/v1/risk-units/{id}/stop", "DEPARTMENT_HEAD"},
                new String[]{"PUT /api/v1/org/posts/{id}", "SAFETY_MANAGER"});
        for (String[] cell : allowed) {
            AuthorizationMatrix.Result result = report.results().stream()
                    .filter(r -> r.operation().equals(cell[0]) && r.role().equals(cell[1])
                            && r.tenant() == AuthorizationMatrix.Tenant.OWN)
                    .findFirst().orElseThrow(() -> new AssertionError("no cell " + cell[0] + " " + cell[1]));
            assertThat(result.expected()).as(result.toString()).startsWith("allowed");
            assertThat(result.passed()).as(result.toString()).isTrue();
        }
    }

    private record Org(String companyCode, String plantId, String departmentId, String postId, String personId) {
    }

    private static Org org(ApiClient manager, String enterpriseId) {
        String companyCode = manager.get("/api/v1/enterprises/" + enterpriseId).json().get("companyCode").asString();
        String plantId = created(manager.post("/api/v1/org/units",
                "{\"enterpriseId\":\"" + enterpriseId + "\",\"kind\":\"PLANT\",\"name\":\"一厂区\"}"));
        String departmentId = created(manager.post("/api/v1/org/units", "{\"enterpriseId\":\"" + enterpriseId
                + "\",\"kind\":\"DEPARTMENT\",\"parentId\":\"" + plantId + "\",\"name\":\"储运部\"}"));
        String postId = created(manager.post("/api/v1/org/posts", "{\"enterpriseId\":\"" + enterpriseId
                + "\",\"departmentId\":\"" + departmentId + "\",\"name\":\"储罐操作工\"}"));
        String personId = created(manager.post("/api/v1/org/people", """
                {"enterpriseId":"%s","name":"王强","mobile":"13812345678","departmentId":"%s","postIds":["%s"]}"""
                .formatted(enterpriseId, departmentId, postId)));
        return new Org(companyCode, plantId, departmentId, postId, personId);
    }

    private static String unit(ApiClient manager, String enterpriseId, String objectId, String companyCode) {
        return created(manager.post("/api/v1/risk-units", """
                {"enterpriseId":"%s","riskObjectId":"%s","hazardCode":"%s001","name":"LNG储罐区","responsibleDepartment":"储运部",
                 "responsiblePerson":"张伟","riskLevel":"MAJOR","longitude":113.7512,"latitude":34.7226}"""
                .formatted(enterpriseId, objectId, companyCode)));
    }

    private static String event(ApiClient manager, String unitId) {
        return created(manager.post("/api/v1/risk-events",
                "{\"unitId\":\"" + unitId + "\",\"name\":\"储罐超压泄漏引发火灾爆炸\",\"consequence\":\"人员伤亡\"}"));
    }

    private static String measure(ApiClient manager, String eventId, String postId) {
        return created(manager.post("/api/v1/control-measures", """
                {"riskEventId":"%s","controlMode":"INSPECTION","description":"储罐设置液位高高联锁","classify1":"2","classify2":"2-1",
                 "troubleshootContent":"检查联锁","controlLevel":"WORKSHOP","responsiblePostId":"%s"}""".formatted(eventId, postId)));
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static String companyCode() {
        return "4" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    private static String uscc() {
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first17 = new StringBuilder("91410100MA");
        for (int i = 0; i < 7; i++) {
            first17.append(charset.charAt(RANDOM.nextInt(charset.length())));
        }
        return first17.toString() + UnifiedSocialCreditCode.checkCharacter(first17.toString());
    }
}
