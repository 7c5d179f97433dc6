package cn.dualprevention.hazard;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.util.UUID;

import static cn.dualprevention.hazard.HazardLoopApiTest.hazard;
import static cn.dualprevention.hazard.HazardLoopApiTest.majorHazard;
import static cn.dualprevention.hazard.HazardLoopApiTest.ok;
import static cn.dualprevention.hazard.HazardLoopApiTest.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, the hazard part of the role policy: everyone working at the plant reports hazards (隐患上报) and does the
 * remediation; the department head, safety manager and group admin decide (confirm, plan, extend, accept, send back,
 * reopen, reject); a major hazard is closed only by a safety manager or the group admin; a regulator viewer writes
 * nothing. A refused step is 403 problem+json and leaves the hazard as it was.
 */
@ServiceTest
class RolePolicyTest {

    @LocalServerPort
    int port;

    String group;
    String enterpriseId;
    ApiClient inspector;
    ApiClient guarantor;
    ApiClient departmentHead;
    ApiClient safetyManager;
    ApiClient groupAdmin;
    ApiClient plantSystem;
    ApiClient regulator;

    @BeforeEach
    void callers() {
        group = "group-" + UUID.randomUUID();
        enterpriseId = "ent-" + UUID.randomUUID();
        inspector = as("wang.qiang", "INSPECTOR");
        guarantor = as("chen.gang", "GUARANTOR");
        departmentHead = as("zhao.lei", "DEPARTMENT_HEAD");
        safetyManager = as("li.na", "SAFETY_MANAGER");
        groupAdmin = as("admin", "GROUP_ADMIN");
        plantSystem = as("dcs-gateway", "API_CLIENT");
        regulator = as("jianguan", "REGULATOR_VIEWER");
    }

    @Test
    void anInspectorReportsAndFixesButNeitherConfirmsNorAcceptsNorRejects() {
        String photo = PhotoApiTest.upload(inspector, enterpriseId);
        ApiClient.Response reported = inspector.post("/api/v1/hazards", hazard(enterpriseId, "GENERAL")
                .replace("\"cause\"", "\"photoIds\":[\"" + photo + "\"],\"cause\""));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String id = reported.json().get("id").asString();

        refused(inspector.post("/api/v1/hazards/" + id + "/confirm", "{}"));
        refused(inspector.post("/api/v1/hazards/" + id + "/reject", "{\"reason\":\"不是隐患\"}"));
        assertUnchanged(id, "AWAITING_CONFIRMATION", 1);

        assertThat(ok(inspector.post("/api/v1/hazards/" + id + "/fix-on-the-spot", "{\"description\":\"当场紧固\"}"))
                .get("state").asString()).isEqualTo("AWAITING_ACCEPTANCE");
        refused(inspector.post("/api/v1/hazards/" + id + "/accept", "{\"comment\":\"复查合格\"}"));
        refused(inspector.post("/api/v1/hazards/" + id + "/send-back", "{\"reason\":\"整改不到位\"}"));
        assertUnchanged(id, "AWAITING_ACCEPTANCE", 2);

        assertThat(ok(safetyManager.post("/api/v1/hazards/" + id + "/accept", "{\"comment\":\"复查合格\"}"))
                .get("state").asString()).isEqualTo("ACCEPTED");
        refused(inspector.post("/api/v1/hazards/" + id + "/reopen", "{\"reason\":\"复查仍泄漏\"}"));
        assertUnchanged(id, "ACCEPTED", 3);
    }

    @Test
    void theDepartmentHeadPlansAGuarantorRemediatesAndTheSafetyManagerAccepts() {
        String id = ok(guarantor.post("/api/v1/hazards", hazard(enterpriseId, "GENERAL"))).get("id").asString();
        ok(departmentHead.post("/api/v1/hazards/" + id + "/confirm", "{}"));
        refused(guarantor.post("/api/v1/hazards/" + id + "/plan", plan(null)));
        assertUnchanged(id, "CONFIRMED", 2);
        assertThat(ok(departmentHead.post("/api/v1/hazards/" + id + "/plan", plan(null))).get("state").asString())
                .isEqualTo("REMEDIATING");

        // 延期 is a decision: asked for by the department head, decided by the safety manager — not by the rectifier
        String later = LocalDate.now().plusDays(30).toString();
        refused(guarantor.post("/api/v1/hazards/" + id + "/extension-request",
                "{\"requestedDeadline\":\"" + later + "\",\"reason\":\"备件未到货\"}"));
        ok(departmentHead.post("/api/v1/hazards/" + id + "/extension-request",
                "{\"requestedDeadline\":\"" + later + "\",\"reason\":\"备件未到货\"}"));
        refused(guarantor.post("/api/v1/hazards/" + id + "/extension-decision", "{\"approved\":true}"));
        assertThat(ok(safetyManager.post("/api/v1/hazards/" + id + "/extension-decision", "{\"approved\":true}"))
                .get("deadline").asString()).isEqualTo(later);

        assertThat(ok(guarantor.post("/api/v1/hazards/" + id + "/submit", "{\"description\":\"更换填料\"}"))
                .get("state").asString()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(ok(safetyManager.post("/api/v1/hazards/" + id + "/accept", "{\"comment\":\"现场复查无泄漏\"}"))
                .get("acceptPerson").asString()).isEqualTo("li.na");
    }

    @Test
    void aPlantSystemReportsAndAttachesPhotosButDecidesNothing() {
        String photo = PhotoApiTest.upload(plantSystem, enterpriseId);
        String id = ok(plantSystem.post("/api/v1/hazards", hazard(enterpriseId, "GENERAL")
                .replace("\"cause\"", "\"photoIds\":[\"" + photo + "\"],\"cause\""))).get("id").asString();
        refused(plantSystem.post("/api/v1/hazards/" + id + "/confirm", "{}"));
        refused(plantSystem.post("/api/v1/hazards/" + id + "/fix-on-the-spot", "{\"description\":\"远程复位\"}"));
        assertUnchanged(id, "AWAITING_CONFIRMATION", 1);
    }

    @Test
    void aRegulatorViewerReadsEverythingAndWritesNothing() {
        String id = ok(inspector.post("/api/v1/hazards", hazard(enterpriseId, "GENERAL"))).get("id").asString();
        ok(departmentHead.post("/api/v1/hazards/" + id + "/confirm", "{}"));

        refused(regulator.post("/api/v1/hazards", hazard(enterpriseId, "GENERAL")));
        refused(regulator.postBytes("/api/v1/hazards/photos?enterpriseId=" + enterpriseId, "image/png", PhotoApiTest.png()));
        refused(regulator.post("/api/v1/hazards/" + id + "/plan", plan(null)));
        refused(regulator.post("/api/v1/hazards/" + id + "/fix-on-the-spot", "{\"description\":\"当场紧固\"}"));
        refused(regulator.post("/api/v1/hazards/" + id + "/submit", "{\"description\":\"更换填料\"}"));
        refused(regulator.post("/api/v1/hazards/" + id + "/accept", "{\"comment\":\"同意\"}"));
        refused(regulator.post("/api/v1/hazards/" + id + "/reject", "{\"reason\":\"不是隐患\"}"));
        assertUnchanged(id, "CONFIRMED", 2);

        assertThat(regulator.get("/api/v1/hazards/" + id).status()).isEqualTo(200);
        assertThat(regulator.get("/api/v1/hazards/" + id + "/history").status()).isEqualTo(200);
        assertThat(regulator.get("/api/v1/hazards?enterpriseId=" + enterpriseId).json().size()).isEqualTo(1);
        assertThat(regulator.get("/api/v1/hazards/export.xlsx?enterpriseId=" + enterpriseId).status()).isEqualTo(200);
        assertThat(safetyManager.get("/api/v1/hazards?enterpriseId=" + enterpriseId).json().size()).isEqualTo(1);
    }

    @Test
    void aMajorHazardIsAcceptedOrDismissedOnlyByASafetyManagerOrTheGroupAdmin() {
        String id = ok(inspector.post("/api/v1/hazards", majorHazard(enterpriseId))).get("id").asString();
        ok(departmentHead.post("/api/v1/hazards/" + id + "/confirm", "{}"));
        ok(departmentHead.post("/api/v1/hazards/" + id + "/plan", plan("储罐区泄漏专项应急预案")));
        ok(inspector.post("/api/v1/hazards/" + id + "/submit", "{\"description\":\"换了阀门密封\"}"));

        ApiClient.Response byHead = departmentHead.post("/api/v1/hazards/" + id + "/accept", "{\"comment\":\"复查合格\"}");
        refused(byHead);
        assertThat(byHead.json().get("detail").asString()).contains("major hazard").contains("SAFETY_MANAGER");
        assertUnchanged(id, "AWAITING_ACCEPTANCE", 4);
        // sending it back is no closure: the department head may
        assertThat(ok(departmentHead.post("/api/v1/hazards/" + id + "/send-back", "{\"reason\":\"法兰仍有渗漏\"}"))
                .get("state").asString()).isEqualTo("REMEDIATING");
        ok(inspector.post("/api/v1/hazards/" + id + "/submit", "{\"description\":\"法兰重新紧固\"}"));
        assertThat(ok(safetyManager.post("/api/v1/hazards/" + id + "/accept", "{\"comment\":\"现场复查无泄漏\"}"))
                .get("state").asString()).isEqualTo("ACCEPTED");

        // dismissing a major hazard as not a hazard closes it too
        String dismissed = ok(inspector.post("/api/v1/hazards", majorHazard(enterpriseId))).get("id").asString();
        refused(departmentHead.post("/api/v1/hazards/" + dismissed + "/reject", "{\"reason\":\"设计如此\"}"));
        assertUnchanged(dismissed, "AWAITING_CONFIRMATION", 1);
        assertThat(ok(groupAdmin.post("/api/v1/hazards/" + dismissed + "/reject", "{\"reason\":\"设计如此\"}"))
                .get("state").asString()).isEqualTo("REJECTED");

        // a general hazard the department head closes himself
        String general = ok(inspector.post("/api/v1/hazards", hazard(enterpriseId, "GENERAL"))).get("id").asString();
        ok(inspector.post("/api/v1/hazards/" + general + "/fix-on-the-spot", "{\"description\":\"当场紧固\"}"));
        assertThat(ok(departmentHead.post("/api/v1/hazards/" + general + "/accept", "{\"comment\":\"复查合格\"}"))
                .get("state").asString()).isEqualTo("ACCEPTED");
    }

    private static void refused(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
    }

    /** The hazard is still in that state with that many history entries: the refused steps left no trace. */
    private void assertUnchanged(String id, String state, int historyEntries) {
        assertThat(safetyManager.get("/api/v1/hazards/" + id).json().get("state").asString()).isEqualTo(state);
        assertThat(safetyManager.get("/api/v1/hazards/" + id + "/history").json().size()).isEqualTo(historyEntries);
    }

    private ApiClient as(String user, String role) {
        return ApiClient.as("http://localhost:" + port, user, group).withRoles(role);
    }
}
