package cn.dualprevention.hazard;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.ServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The remediation loop through the API: every step, its event, its history entry, and the 409s naming the rule. */
@ServiceTest
class HazardLoopApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    String group;
    ApiClient inspector;
    ApiClient departmentHead;
    ApiClient safetyManager;

    @BeforeEach
    void callers() {
        group = "group-" + UUID.randomUUID();
        inspector = as("wang.qiang", "INSPECTOR");
        departmentHead = as("zhao.lei", "DEPARTMENT_HEAD");
        safetyManager = as("li.na", "SAFETY_MANAGER");
    }

    @Test
    void aMajorHazardIsReportedAtOnceAndRemediatedWithAllFiveToAcceptedClosure() {
        String enterpriseId = "ent-" + UUID.randomUUID();
        String before = PhotoApiTest.upload(inspector, enterpriseId);
        String after1 = PhotoApiTest.upload(inspector, enterpriseId);
        String after2 = PhotoApiTest.upload(inspector, enterpriseId);
        ApiClient.Response unnamed = inspector.post("/api/v1/hazards", hazard(enterpriseId, "MAJOR"));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.firstError()).isEqualTo("liablePerson/required-for-major");
        LocalDate reportedDeadline = LocalDate.now().plusDays(20);
        ApiClient.Response registered = inspector.post("/api/v1/hazards", hazard(enterpriseId, "MAJOR").replace("\"cause\"",
                "\"photoIds\":[\"" + before + "\"],\"liablePerson\":\"张伟\",\"deadline\":\"" + reportedDeadline + "\",\"cause\""));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        assertThat(registered.json().get("state").asString()).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(registered.json().get("nationalState").isNull()).isTrue();
        assertThat(registered.json().get("registrant").asString()).isEqualTo("wang.qiang");

        try (EventProbe events = new EventProbe(brokers, "dp.hazard.events")) {
            // the regulator-bound registration event is out before remediation starts
            List<ConsumerRecord<String, String>> first = events.await(r -> aggregate(r).equals(id), 1, Duration.ofSeconds(20));
            JsonNode reg = JSON.readTree(first.get(0).value());
            assertThat(reg.get("type").asString()).isEqualTo("hazard.registered.v1");
            assertThat(reg.get("data").get("level").asString()).isEqualTo("MAJOR");
            assertThat(reg.get("data").get("source").asString()).isEqualTo("8");
            assertThat(reg.get("data").get("hazardType").asString()).isEqualTo("7");
            assertThat(reg.get("data").get("liablePerson").asString()).isEqualTo("张伟");
            assertThat(reg.get("data").get("deadline").asString()).isEqualTo(reportedDeadline.toString());
            assertThat(reg.get("data").get("termsDefaulted").asBoolean()).isFalse();
            assertThat(reg.get("data").get("photoIds").get(0).asString()).isEqualTo(before);

            assertThat(ok(departmentHead.post("/api/v1/hazards/" + id + "/confirm", "{}")).get("nationalState").asString()).isEqualTo("0");
            ApiClient.Response withoutFive = departmentHead.post("/api/v1/hazards/" + id + "/plan", plan(null));
            assertThat(withoutFive.status()).isEqualTo(409);
            assertThat(withoutFive.isProblem()).isTrue();
            assertThat(withoutFive.json().get("rule").asString()).isEqualTo("major-hazard-five-in-place");
            assertThat(withoutFive.json().get("detail").asString()).contains("contingencyPlan");

            JsonNode planned = ok(departmentHead.post("/api/v1/hazards/" + id + "/plan", plan("储罐区泄漏专项应急预案")));
            assertThat(planned.get("state").asString()).isEqualTo("REMEDIATING");
            assertThat(planned.get("manageType").asString()).isEqualTo("BY_DEADLINE");

            ok(inspector.post("/api/v1/hazards/" + id + "/submit", "{\"description\":\"换了阀门密封\",\"afterPhotoIds\":[\"" + after1 + "\"]}"));

            assertThat(ok(safetyManager.post("/api/v1/hazards/" + id + "/send-back", "{\"reason\":\"法兰仍有渗漏\"}"))
                    .get("state").asString()).isEqualTo("REMEDIATING");
            assertThat(ok(inspector.post("/api/v1/hazards/" + id + "/submit", "{\"description\":\"法兰重新紧固\",\"afterPhotoIds\":[\"" + after2 + "\"]}"))
                    .get("nationalState").asString()).isEqualTo("1");
            JsonNode accepted = ok(safetyManager.post("/api/v1/hazards/" + id + "/accept", "{\"comment\":\"现场复查无泄漏\"}"));
            assertThat(accepted.get("state").asString()).isEqualTo("ACCEPTED");
            assertThat(accepted.get("nationalState").asString()).isEqualTo("9");
            assertThat(accepted.get("acceptPerson").asString()).isEqualTo("li.na");
            assertThat(accepted.get("acceptTime").isNull()).isFalse();

            JsonNode history = safetyManager.get("/api/v1/hazards/" + id + "/history").json();
            assertThat(history.valueStream().map(e -> e.get("step").asString() + ":" + e.get("actor").asString()).toList())
                    .containsExactly("REGISTERED:wang.qiang", "CONFIRMED:zhao.lei", "PLAN_SET:zhao.lei", "SUBMITTED:wang.qiang",
                            "SENT_BACK:li.na", "SUBMITTED:wang.qiang", "ACCEPTED:li.na");
            assertThat(history.get(4).get("fromState").asString()).isEqualTo("AWAITING_ACCEPTANCE");
            assertThat(history.get(4).get("toState").asString()).isEqualTo("REMEDIATING");
            assertThat(history.get(4).get("note").asString()).isEqualTo("法兰仍有渗漏");
            assertThat(history.get(0).get("evidence").get(0).asString()).isEqualTo(before);
            assertThat(history.get(5).get("evidence").get(0).asString()).isEqualTo(after2);
            assertThat(history.get(6).get("at").asString()).isNotBlank();

            List<ConsumerRecord<String, String>> all = events.await(r -> aggregate(r).equals(id), 7, Duration.ofSeconds(20));
            assertThat(all).extracting(HazardLoopApiTest::type).containsExactly("hazard.registered.v1", "hazard.confirmed.v1",
                    "hazard.plan-set.v1", "hazard.submitted.v1", "hazard.sent-back.v1", "hazard.submitted.v1", "hazard.accepted.v1");
            JsonNode planSet = JSON.readTree(all.get(2).value()).get("data");
            assertThat(planSet.get("contingencyPlan").asString()).isEqualTo("储罐区泄漏专项应急预案");
            assertThat(planSet.get("funds").asString()).isEqualTo("5万元");
            JsonNode acceptedEvent = JSON.readTree(all.get(6).value());
            assertThat(acceptedEvent.get("actor").asString()).isEqualTo("li.na");
            assertThat(acceptedEvent.get("data").get("nationalState").asString()).isEqualTo("9");
            assertThat(acceptedEvent.get("data").get("comment").asString()).isEqualTo("现场复查无泄漏");
        }

        ApiClient.Response reopened = safetyManager.post("/api/v1/hazards/" + id + "/reopen",
                "{\"reason\":\"复查发现再次泄漏\",\"deadline\":\"" + LocalDate.now().plusDays(7) + "\"}");
        assertThat(ok(reopened).get("reopenCount").asInt()).isEqualTo(1);
        assertThat(reopened.json().get("state").asString()).isEqualTo("REMEDIATING");
    }

    @Test
    void illegalStepsAre409NamingTheRule() {
        String enterpriseId = "ent-" + UUID.randomUUID();
        String id = ok(inspector.post("/api/v1/hazards", hazard(enterpriseId, "GENERAL"))).get("id").asString();

        ApiClient.Response unsubmitted = safetyManager.post("/api/v1/hazards/" + id + "/accept", "{\"comment\":\"ok\"}");
        assertThat(unsubmitted.status()).isEqualTo(409);
        assertThat(unsubmitted.json().get("rule").asString()).isEqualTo("requires-awaiting-acceptance");
        ApiClient.Response planBeforeConfirm = departmentHead.post("/api/v1/hazards/" + id + "/plan", plan(null));
        assertThat(planBeforeConfirm.json().get("rule").asString()).isEqualTo("requires-confirmed");

        ok(departmentHead.post("/api/v1/hazards/" + id + "/reject", "{\"reason\":\"设计如此，不是缺陷\"}"));
        ApiClient.Response confirmRejected = departmentHead.post("/api/v1/hazards/" + id + "/confirm", "{}");
        assertThat(confirmRejected.status()).isEqualTo(409);
        assertThat(confirmRejected.json().get("rule").asString()).isEqualTo("requires-awaiting-confirmation");
        assertThat(safetyManager.get("/api/v1/hazards/" + id).json().get("state").asString()).isEqualTo("REJECTED");
    }

    @Test
    void aGeneralHazardFixedOnTheSpotAndAnExtensionThatKeepsTheOriginalDeadline() {
        String enterpriseId = "ent-" + UUID.randomUUID();
        String spot = ok(inspector.post("/api/v1/hazards", hazard(enterpriseId, "GENERAL"))).get("id").asString();
        JsonNode fixed = ok(inspector.post("/api/v1/hazards/" + spot + "/fix-on-the-spot", "{\"description\":\"当场紧固\"}"));
        assertThat(fixed.get("manageType").asString()).isEqualTo("ON_THE_SPOT");
        assertThat(fixed.get("state").asString()).isEqualTo("AWAITING_ACCEPTANCE");
        String ownFix = ok(departmentHead.post("/api/v1/hazards", hazard(enterpriseId, "GENERAL"))).get("id").asString();
        ok(departmentHead.post("/api/v1/hazards/" + ownFix + "/fix-on-the-spot", "{\"description\":\"当场更换垫片\"}"));
        ApiClient.Response ownWork = departmentHead.post("/api/v1/hazards/" + ownFix + "/accept", "{\"comment\":\"fine\"}");
        assertThat(ownWork.status()).isEqualTo(409);
        assertThat(ownWork.json().get("rule").asString()).isEqualTo("acceptor-is-rectifier");

        String id = ok(inspector.post("/api/v1/hazards", hazard(enterpriseId, "GENERAL"))).get("id").asString();
        ok(departmentHead.post("/api/v1/hazards/" + id + "/confirm", "{}"));
        LocalDate deadline = LocalDate.now().plusDays(5);
        ok(departmentHead.post("/api/v1/hazards/" + id + "/plan",
                "{\"responsibility\":\"张伟\",\"measures\":\"更换垫片\",\"deadline\":\"" + deadline + "\"}"));
        ok(departmentHead.post("/api/v1/hazards/" + id + "/extension-request",
                "{\"requestedDeadline\":\"" + deadline.plusDays(10) + "\",\"reason\":\"备件未到货\"}"));
        ApiClient.Response ownDecision = departmentHead.post("/api/v1/hazards/" + id + "/extension-decision", "{\"approved\":true}");
        assertThat(ownDecision.json().get("rule").asString()).isEqualTo("extension-decided-by-requester");
        JsonNode decided = ok(safetyManager.post("/api/v1/hazards/" + id + "/extension-decision", "{\"approved\":true,\"comment\":\"同意\"}"));
        assertThat(decided.get("deadline").asString()).isEqualTo(deadline.plusDays(10).toString());
        assertThat(decided.get("originalDeadline").asString()).isEqualTo(deadline.toString());

        JsonNode ledger = safetyManager.get("/api/v1/hazards?enterpriseId=" + enterpriseId + "&state=REMEDIATING").json();
        assertThat(ledger.size()).isEqualTo(1);
        assertThat(ledger.get(0).get("id").asString()).isEqualTo(id);
        assertThat(safetyManager.get("/api/v1/hazards?enterpriseId=" + enterpriseId + "&level=GENERAL").json().size()).isEqualTo(3);
        assertThat(safetyManager.get("/api/v1/hazards?enterpriseId=" + enterpriseId + "&level=MAJOR").json().size()).isZero();
        assertThat(safetyManager.get("/api/v1/hazards?enterpriseId=" + enterpriseId + "&overdue=true").json().size()).isZero();
    }

    @Test
    void badInputIs400NamingFieldAndRuleAndOtherTenantsSeeNothing() {
        String enterpriseId = "ent-" + UUID.randomUUID();
        assertThat(inspector.post("/api/v1/hazards", hazard(enterpriseId, "GENERAL").replace("\"source\":\"8\"", "\"source\":\"11\"")).firstError())
                .isEqualTo("source/code");
        assertThat(inspector.post("/api/v1/hazards", hazard(enterpriseId, "SEVERE")).firstError()).isEqualTo("level/enum");
        assertThat(inspector.post("/api/v1/hazards", hazard(enterpriseId, "GENERAL").replace("\"unitId\":null", "\"unitId\":\"no-such-unit\"")).firstError())
                .isEqualTo("unitId/exists");
        String id = ok(inspector.post("/api/v1/hazards", hazard(enterpriseId, "GENERAL"))).get("id").asString();
        ok(departmentHead.post("/api/v1/hazards/" + id + "/confirm", "{}"));
        assertThat(departmentHead.post("/api/v1/hazards/" + id + "/plan",
                "{\"responsibility\":\"张伟\",\"measures\":\"更换垫片\",\"deadline\":\"2001-01-01\"}").firstError()).isEqualTo("deadline/not-in-past");

        ApiClient stranger = ApiClient.as("http://localhost:" + port, "someone", "another-group").withRoles("DEPARTMENT_HEAD");
        assertThat(stranger.get("/api/v1/hazards/" + id).status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/hazards/" + id + "/confirm", "{}").status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/hazards?enterpriseId=" + enterpriseId).json().size()).isZero();
    }

    static String hazard(String enterpriseId, String level) {
        return """
                {"enterpriseId":"%s","unitId":null,"level":"%s","source":"8","hazardType":"7","managementClassification":"2",
                 "occurrenceLink":"6","description":"LNG储罐区BOG压缩机出口阀门填料泄漏","cause":"填料老化"}
                """.formatted(enterpriseId, level);
    }

    /** A major hazard as registered through the API: it names its liable person and deadline. */
    static String majorHazard(String enterpriseId) {
        return hazard(enterpriseId, "MAJOR").replace("\"cause\"",
                "\"liablePerson\":\"张伟\",\"deadline\":\"" + LocalDate.now().plusDays(30) + "\",\"cause\"");
    }

    static String plan(String contingencyPlan) {
        return """
                {"responsibility":"张伟","measures":"停用并更换阀门","funds":"5万元","deadline":"%s"%s}
                """.formatted(LocalDate.now().plusDays(14), contingencyPlan == null ? "" : ",\"contingencyPlan\":\"" + contingencyPlan + "\"");
    }

    static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    static String aggregate(ConsumerRecord<String, String> record) {
        return JSON.readTree(record.value()).path("aggregateId").asString();
    }

    static String type(ConsumerRecord<String, String> record) {
        return JSON.readTree(record.value()).get("type").asString();
    }

    ApiClient as(String user, String role) {
        return ApiClient.as("http://localhost:" + port, user, group).withRoles(role);
    }
}
