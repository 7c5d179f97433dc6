package cn.dualprevention.assessment;

import cn.dualprevention.assessment.scores.application.WeeklyScoreSchedule;
import cn.dualprevention.assessment.support.History;
import cn.dualprevention.assessment.support.MarchWeek;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.platform.test.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static cn.dualprevention.assessment.support.History.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance 1 and 2 on the hand-computed history of {@link MarchWeek}: every indicator and the weekly score match
 * the values worked out below, and rebuilding the group from the topics gives exactly the same answers.
 *
 * <pre>
 * E1, week of Mon 2024-03-04 (Asia/Shanghai), as of Mon 2024-03-11 00:05:
 *  cycles ending in the week: T1 ×7, T2 ×7, T3 (operational 包保) ×1, T4 (technical 包保) ×1 = 16
 *  (T5's weekly cycle was cancelled by a schedule change: never due)
 *  suspended: T2 on the 6th and 7th (U3 stopped 6th–8th)                 → 2, due 14
 *  done: T1 4–8 + 9 (late) = 6, T2 4,5,8,9 = 4, T3 = 1, T4 = 0            → 11, late 1, missed 3
 *  task completion 11/14; 包保 1/2 (P3 operational 1/1, P4 technical 0/1)
 *  checks in the week 6 + 4 + 1 = 11, hazards found 2 → 18.1818 per 100 checks
 *  hazards registered in the week needing remediation: H1, H2, H3, H4 (H5 rejected, H6 older) = 4
 *  accepted by the end: H1, H3 (extended, on time), H4 (late) = 3 → 3/4; on time 2/3; extended 1
 *  overdue at the end: H2 (MAJOR), H6 (GENERAL)
 *  participation: people with due cycles P1–P4; P1, P2, P3 checked → 3/4
 *  risk analysis: U1 assessed + measure; U2 no measure; U3 not assessed → 1/3
 *  score: A0 = 11/14 × 50 = 39.29, − 2 for one missed 包保 duty → A = 37.29; B = 3/4 × 50 = 37.5;
 *         veto (H2 overdue) → α = 0, E = 0, 差. The week before: one cycle, done; nothing to remediate → 100, 优.
 * </pre>
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MarchWeekAcceptanceTest {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    TestClock clock;
    @Autowired
    WeeklyScoreSchedule mondayJob;
    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    final MarchWeek week = new MarchWeek(UUID.randomUUID().toString().substring(0, 8));
    ApiClient api;
    int sent;

    @BeforeAll
    void sendHistory() {
        clock.set(at("2024-03-11T00:05"));
        api = ApiClient.as("http://localhost:" + port, "assessor-1", week.group).withRoles("SAFETY_MANAGER", "GROUP_ADMIN");
        History history = week.history();
        history.sendTo(kafka);
        sent = history.sentCount();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode total = indicators("enterprise", week.e1, "2024-03-04", "2024-03-11", null).get("total");
            assertThat(total.get("dueCycles").asLong()).isEqualTo(16);
            assertThat(total.at("/taskCompletion/numerator").asLong()).isEqualTo(11);
            assertThat(total.at("/remediation/numerator").asLong()).isEqualTo(3);
            assertThat(total.at("/remediation/denominator").asLong()).isEqualTo(4);
            assertThat(total.at("/riskAnalysis/denominator").asLong()).isEqualTo(3);
            assertThat(total.at("/participation/numerator").asLong()).isEqualTo(3);
            assertThat(total.at("/overdueByLevel/GENERAL").asLong()).isEqualTo(1);
            assertThat(indicators("group", week.group, "2024-03-04", "2024-03-11", null).at("/total/dueCycles").asLong())
                    .isEqualTo(23);
        });
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    @Order(1)
    void everyIndicatorOfTheEnterpriseWeekMatchesTheHandComputedValues() {
        JsonNode t = indicators("enterprise", week.e1, "2024-03-04", "2024-03-11", null).get("total");
        ratio(t, "riskAnalysis", 1, 3, 0.3333);
        ratio(t, "taskCompletion", 11, 14, 0.7857);
        assertThat(t.get("dueCycles").asLong()).isEqualTo(16);
        assertThat(t.get("suspendedCycles").asLong()).isEqualTo(2);
        assertThat(t.get("lateCycles").asLong()).isEqualTo(1);
        assertThat(t.get("missedCycles").asLong()).isEqualTo(3);
        ratio(t, "guarantorDuties", 1, 2, 0.5);
        assertThat(t.get("guarantors")).hasSize(2);
        assertThat(t.at("/guarantors/0/personId").asString()).isEqualTo(week.id("P3"));
        assertThat(t.at("/guarantors/0/role").asString()).isEqualTo("OPERATIONAL");
        assertThat(t.at("/guarantors/0/done").asLong()).isEqualTo(1);
        assertThat(t.at("/guarantors/1/personId").asString()).isEqualTo(week.id("P4"));
        assertThat(t.at("/guarantors/1/role").asString()).isEqualTo("TECHNICAL");
        assertThat(t.at("/guarantors/1/done").asLong()).isZero();
        assertThat(t.at("/guarantors/1/missedCycleIds/0").asString()).isEqualTo(week.id("T4-w"));
        ratio(t, "remediation", 3, 4, 0.75);
        ratio(t, "onTimeRemediation", 2, 3, 0.6667);
        assertThat(t.get("extendedHazards").asLong()).isEqualTo(1);
        assertThat(t.at("/overdueByLevel/MAJOR").asLong()).isEqualTo(1);
        assertThat(t.at("/overdueByLevel/GENERAL").asLong()).isEqualTo(1);
        assertThat(t.at("/overdueMajorHazardIds/0").asString()).isEqualTo(week.id("H2"));
        ratio(t, "participation", 3, 4, 0.75);
        ratio(t, "hazardsPerChecks", 2, 11, 0.1818);
        assertThat(t.get("hazardsPer100Checks").asDouble()).isEqualTo(18.1818);
    }

    @Test
    @Order(2)
    void dailyPeriodsCutAtMidnightInTheEnterprisesZone() {
        JsonNode report = indicators("enterprise", week.e1, "2024-03-04", "2024-03-11", "day");
        JsonNode days = report.get("periods");
        assertThat(days).hasSize(7);
        // Wednesday 6th: T1 done, T2 suspended
        ratio(days.get(2), "taskCompletion", 1, 1, 1.0);
        assertThat(days.get(2).get("suspendedCycles").asLong()).isEqualTo(1);
        // Saturday 9th: T1's cycle checked late on the 10th, T2 done
        ratio(days.get(5), "taskCompletion", 2, 2, 1.0);
        assertThat(days.get(5).get("lateCycles").asLong()).isEqualTo(1);
        // Sunday 10th: T1 and T2 missed, T3 done, T4 missed (weekly windows end with the week)
        ratio(days.get(6), "taskCompletion", 1, 4, 0.25);
    }

    @Test
    @Order(3)
    void unitDepartmentPersonAndGroupScopes() {
        JsonNode unit = indicators("unit", week.id("U3"), "2024-03-04", "2024-03-11", null).get("total");
        ratio(unit, "taskCompletion", 4, 5, 0.8);
        assertThat(unit.get("suspendedCycles").asLong()).isEqualTo(2);
        ratio(unit, "riskAnalysis", 0, 1, 0.0);

        JsonNode department = indicators("department", week.id("D1"), "2024-03-04", "2024-03-11", null).get("total");
        ratio(department, "taskCompletion", 7, 9, 0.7778);
        ratio(department, "remediation", 3, 4, 0.75);

        JsonNode person = indicators("person", week.id("P1"), "2024-03-04", "2024-03-11", null).get("total");
        ratio(person, "taskCompletion", 6, 7, 0.8571);
        ratio(person, "hazardsPerChecks", 1, 6, 0.1667);
        ratio(person, "remediation", 2, 2, 1.0);
        ratio(person, "onTimeRemediation", 1, 2, 0.5);

        JsonNode group = indicators("group", week.group, "2024-03-04", "2024-03-11", null).get("total");
        ratio(group, "taskCompletion", 18, 21, 0.8571);
        ratio(group, "riskAnalysis", 1, 4, 0.25);

        // plant PL1 = U1 and U2 (in area AR1 under PL1): the same cycles as department D1
        JsonNode plant = indicators("plant", week.id("PL1"), "2024-03-04", "2024-03-11", null).get("total");
        ratio(plant, "taskCompletion", 7, 9, 0.7778);
        ratio(plant, "riskAnalysis", 1, 2, 0.5);
        JsonNode plantTwo = indicators("plant", week.id("PL2"), "2024-03-04", "2024-03-11", null).get("total");
        ratio(plantTwo, "taskCompletion", 4, 5, 0.8);
        // a group that registers each plant as an enterprise can ask for the enterprise as a plant
        JsonNode plantAsEnterprise = indicators("plant", week.e2, "2024-03-04", "2024-03-11", null).get("total");
        ratio(plantAsEnterprise, "taskCompletion", 7, 7, 1.0);
    }

    @Test
    @Order(4)
    void theMondayJobScoresLastWeekKeepsItAndAnnouncesTheGradeDrop() {
        try (EventProbe probe = new EventProbe(brokers, "dp.assessment.events")) {
            clock.set(at("2024-03-04T00:05"));
            assertThat(mondayJob.runOnce()).isTrue();
            clock.set(at("2024-03-11T00:05"));
            assertThat(mondayJob.runOnce()).isTrue();

            JsonNode before = api.get("/api/v1/scores/" + week.e1 + "/2024-02-26").json();
            assertThat(before.at("/score/e").asDouble()).isEqualTo(100.0);
            assertThat(before.at("/score/grade").asString()).isEqualTo("EXCELLENT");

            JsonNode kept = api.get("/api/v1/scores/" + week.e1 + "/2024-03-04").json();
            JsonNode s = kept.get("score");
            assertThat(s.get("a").asDouble()).isEqualTo(37.29);
            assertThat(s.get("b").asDouble()).isEqualTo(37.5);
            assertThat(s.get("alpha").asInt()).isZero();
            assertThat(s.get("e").asDouble()).isEqualTo(0.0);
            assertThat(s.get("grade").asString()).isEqualTo("POOR");
            assertThat(kept.get("previousGrade").asString()).isEqualTo("EXCELLENT");
            assertThat(s.at("/terms/0/points").asDouble()).isEqualTo(39.29);
            assertThat(s.at("/deductions/0/code").asString()).isEqualTo("GUARANTOR_DUTIES_NOT_PERFORMED");
            assertThat(s.at("/deductions/0/points").asDouble()).isEqualTo(2.0);
            assertThat(s.at("/deductions/0/evidence/0").asString()).contains(week.id("P4"), week.id("T4-w"));
            assertThat(s.at("/vetoes/0/code").asString()).isEqualTo("MAJOR_HAZARD_OVERDUE");
            assertThat(s.at("/vetoes/0/evidence/0").asString()).isEqualTo(week.id("H2"));

            JsonNode plantTwo = api.get("/api/v1/scores/" + week.e2 + "/2024-03-04").json().get("score");
            assertThat(plantTwo.get("e").asDouble()).isEqualTo(100.0);

            var computed = probe.await(r -> r.value().contains("assessment.score.computed.v1") && r.value().contains(week.e1), 2,
                    Duration.ofSeconds(30));
            assertThat(computed).hasSize(2);
            var changed = probe.await(r -> r.value().contains("assessment.grade.changed.v1") && r.value().contains(week.e1), 1,
                    Duration.ofSeconds(30));
            assertThat(changed).hasSize(1);
            assertThat(changed.get(0).value()).contains("\"direction\":\"DOWN\"", "\"fromGrade\":\"EXCELLENT\"", "\"toGrade\":\"POOR\"");

            JsonNode warnings = api.get("/api/v1/warnings?enterpriseId=" + week.e1 + "&kind=grade_dropped").json();
            assertThat(warnings).hasSize(1);
            assertThat(warnings.at("/0/state").asString()).isEqualTo("ACTIVE");

            // a second run in the same week keeps what it has
            assertThat(mondayJob.runOnce()).isTrue();
            assertThat(probe.drain(r -> r.value().contains("assessment.score.computed.v1") && r.value().contains(week.e1),
                    Duration.ofSeconds(2))).hasSize(2);
        }
    }

    @Test
    @Order(5)
    void rebuildingTheGroupFromTheTopicsGivesExactlyTheSameNumbers() {
        List<String> questions = List.of(
                "/api/v1/indicators?scope=enterprise&id=" + week.e1 + "&from=2024-02-26&to=2024-03-11&period=day",
                "/api/v1/indicators?scope=group&id=" + week.group + "&from=2024-01-01&to=2024-04-01&period=week",
                "/api/v1/indicators?scope=person&id=" + week.id("P1") + "&from=2024-03-01&to=2024-03-31",
                "/api/v1/indicators?scope=department&id=" + week.id("D1") + "&from=2024-03-04&to=2024-03-11&period=day",
                "/api/v1/indicators?scope=unit&id=" + week.id("U3") + "&from=2024-03-04&to=2024-03-11&period=day",
                "/api/v1/scores/preview?enterpriseId=" + week.e1 + "&week=2024-03-04",
                "/api/v1/points?enterpriseId=" + week.e1 + "&from=2024-03-04&to=2024-03-11");
        List<String> incremental = questions.stream().map(q -> body(api.get(q))).toList();

        ApiClient.Response started = api.post("/api/v1/indicators/rebuilds", "");
        assertThat(started.status()).isEqualTo(202);
        int generation = started.json().get("generation").asInt();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                api.get("/api/v1/indicators/rebuilds/" + generation).json().get("state").asString(), s -> !s.equals("RUNNING"));
        JsonNode done = api.get("/api/v1/indicators/rebuilds/" + generation).json();
        assertThat(done.get("state").asString()).isEqualTo("DONE");
        assertThat(done.get("events").asLong()).isGreaterThanOrEqualTo(sent);

        List<String> rebuilt = questions.stream().map(q -> body(api.get(q))).toList();
        assertThat(rebuilt).containsExactlyElementsOf(incremental);
        assertThat(incremental.get(0)).contains("\"taskCompletion\":{\"numerator\":12,\"denominator\":15");
    }

    @Test
    @Order(6)
    void rewardAndPenaltyPointsPerPerson() {
        JsonNode sheet = api.get("/api/v1/points?enterpriseId=" + week.e1 + "&from=2024-03-04&to=2024-03-11").json();
        JsonNode p1 = person(sheet, week.id("P1"));
        // 5 on time (+5), 1 late (−0.5), 1 missed (−2), 2 hazards confirmed (+6), H1 on time (+2), H4 late (−2)
        assertThat(p1.get("onTimeChecks").asLong()).isEqualTo(5);
        assertThat(p1.get("lateChecks").asLong()).isEqualTo(1);
        assertThat(p1.get("missedChecks").asLong()).isEqualTo(1);
        assertThat(p1.get("hazardsConfirmed").asLong()).isEqualTo(2);
        assertThat(p1.get("remediationsOnTime").asLong()).isEqualTo(1);
        assertThat(p1.get("remediationsLate").asLong()).isEqualTo(1);
        assertThat(p1.get("points").asDouble()).isEqualTo(8.5);
        // P4: technical duty missed (−2); H3 liable, accepted on time (+2); H6 overdue but due before the week (0)
        assertThat(person(sheet, week.id("P4")).get("points").asDouble()).isEqualTo(0.0);
    }

    @Test
    @Order(7)
    void rankingsWithinTheGroupWithTheChangeAgainstTheWeekBefore() {
        JsonNode ranking = api.get("/api/v1/rankings?indicator=score&period=week&at=2024-03-06").json();
        JsonNode lines = ranking.get("lines");
        assertThat(lines).hasSize(2);
        assertThat(lines.at("/0/id").asString()).isEqualTo(week.e2);
        assertThat(lines.at("/0/rank").asInt()).isEqualTo(1);
        assertThat(lines.at("/1/id").asString()).isEqualTo(week.e1);
        assertThat(lines.at("/1/previousRank").asInt()).isEqualTo(1);
        assertThat(lines.at("/1/rankChange").asInt()).isEqualTo(-1);
        assertThat(lines.at("/1/value").asDouble()).isEqualTo(0.0);
        assertThat(lines.at("/1/previousValue").asDouble()).isEqualTo(100.0);
        assertThat(lines.at("/1/valueChange").asDouble()).isEqualTo(-100.0);

        JsonNode completion = api.get("/api/v1/rankings?indicator=task_completion&period=week&at=2024-03-04").json().get("lines");
        assertThat(completion.at("/0/id").asString()).isEqualTo(week.e2);
        assertThat(completion.at("/0/value").asDouble()).isEqualTo(1.0);
        assertThat(completion.at("/1/value").asDouble()).isEqualTo(0.7857);
        assertThat(completion.at("/1/previousValue").asDouble()).isEqualTo(1.0);

        // the plants of the group: PL2 (4/5) above PL1 (7/9); E2 has no plant org units
        JsonNode plants = api.get("/api/v1/rankings?level=plant&indicator=task_completion&period=week&at=2024-03-04").json()
                .get("lines");
        assertThat(plants).hasSize(2);
        assertThat(plants.at("/0/id").asString()).isEqualTo(week.id("PL2"));
        assertThat(plants.at("/0/value").asDouble()).isEqualTo(0.8);
        assertThat(plants.at("/1/id").asString()).isEqualTo(week.id("PL1"));
        assertThat(plants.at("/1/value").asDouble()).isEqualTo(0.7778);
        assertThat(plants.at("/1/enterpriseId").asString()).isEqualTo(week.e1);
    }

    @Test
    @Order(8)
    void theHenanFormIsFilledFromTheDataCompletedByAnAssessorGradedAndExported() throws Exception {
        ApiClient.Response opened = api.post("/api/v1/evaluations",
                "{\"enterpriseId\":\"" + week.e1 + "\",\"from\":\"2024-01-01\",\"to\":\"2025-01-01\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode view = opened.json();
        String id = view.at("/evaluation/id").asString();
        // computed from the data (as of 2024-03-11 00:05), with evidence
        assertThat(item(view, "RISK_POINTS").get("score").asDouble()).isEqualTo(4.0);
        assertThat(item(view, "HAZARD_IDENTIFICATION").get("score").asDouble()).isEqualTo(3.33);
        assertThat(item(view, "RISK_GRADING").get("score").asDouble()).isEqualTo(3.33);
        assertThat(item(view, "RISK_CONTROL").get("score").asDouble()).isEqualTo(6.67);
        assertThat(item(view, "INSPECTION").get("score").asDouble()).isEqualTo(6.4);
        assertThat(item(view, "INSPECTION").at("/evidence/0").asString()).startsWith("task cycles with a check 12 ÷ task cycles due 15");
        assertThat(item(view, "GENERAL_REMEDIATION").get("score").asDouble()).isEqualTo(6.0);
        assertThat(item(view, "MAJOR_REMEDIATION").get("score").asDouble()).isEqualTo(0.0);
        assertThat(item(view, "MAJOR_REMEDIATION").get("evidence").toString()).contains(week.id("H2"));
        assertThat(item(view, "SYSTEM_USE").get("score").asDouble()).isEqualTo(2.0);
        assertThat(item(view, "TRAINING").get("status").asString()).isEqualTo("PENDING");
        assertThat(view.at("/evaluation/vetoes/0/code").asString()).isEqualTo("MAJOR_HAZARD_OVERDUE");
        assertThat(view.at("/totals/pendingItems").asInt()).isEqualTo(12);
        assertThat(view.at("/totals/grade").isNull()).isTrue();

        ApiClient.Response tooMuch = api.put("/api/v1/evaluations/" + id + "/items/ORGANISATION", "{\"score\":5,\"note\":\"x\"}");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("score");
        ApiClient.Response noNote = api.put("/api/v1/evaluations/" + id + "/items/ORGANISATION", "{\"score\":2,\"note\":\" \"}");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body()).contains("note");

        String[][] manual = {{"ORGANISATION", "2", "机构健全，双重预防领导小组有文件"}, {"TRAINING", "3", "培训记录缺一名新员工"},
                {"DOCUMENTS", "2", "体系文件齐全"}, {"RISK_NOTIFICATION", "5", "告知卡缺一处"}, {"CHECKLIST", "4", "清单完整"},
                {"PLAN", "2", "年度计划已发布"}, {"EVALUATION", "4", "年度自评已做"}, {"UPDATING", "3", "已更新"},
                {"COMMUNICATION", "2", "有沟通记录"}, {"SAFETY_CULTURE", "3", "主题安全日记录"}, {"REWARDS", "4", "奖惩兑现一季度缺"}};
        for (String[] m : manual) {
            ApiClient.Response r = api.put("/api/v1/evaluations/" + id + "/items/" + m[0],
                    "{\"score\":" + m[1] + ",\"note\":\"" + m[2] + "\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        JsonNode done = api.put("/api/v1/evaluations/" + id + "/items/REPORTING",
                "{\"notApplicable\":true,\"note\":\"未接入省平台，本年度不涉及\"}").json();
        // 31.73 computed + 34 entered = 65.73 of 95 applicable points → 69.19; a veto holds → D
        assertThat(done.at("/totals/raw").asDouble()).isEqualTo(65.73);
        assertThat(done.at("/totals/notApplicable").asInt()).isEqualTo(5);
        assertThat(done.at("/totals/deducted").asDouble()).isEqualTo(29.27);
        assertThat(done.at("/totals/total").asDouble()).isEqualTo(69.19);
        assertThat(done.at("/totals/pendingItems").asInt()).isZero();
        assertThat(done.at("/totals/grade").asString()).isEqualTo("D");
        assertThat(item(done, "TRAINING").get("note").asString()).isEqualTo("培训记录缺一名新员工");
        assertThat(item(done, "TRAINING").get("assessor").asString()).isEqualTo("assessor-1");

        byte[] xlsx = api.getBytes("/api/v1/evaluations/" + id + "/export");
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).contains("双重预防机制效能评估信息表", "一号厂");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("评定等级: D");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("评估指标");
            assertThat(rows.get(2).getCellText(5)).isEqualTo("否决项");
            assertThat(rows.get(3).getCellText(0)).isEqualTo("基本要求 (8分)");
            assertThat(rows.get(4).getCellText(1)).isEqualTo("全员培训");
            assertThat(rows.get(4).getCellText(3)).contains("培训记录缺一名新员工");
            assertThat(Double.parseDouble(rows.get(4).getCellText(4))).isEqualTo(1.0);
            assertThat(rows.get(3).getCellText(5)).contains("MAJOR_HAZARD_OVERDUE");
            assertThat(rows.get(17).getCellText(1)).isEqualTo("信息上报");
            assertThat(rows.get(17).getCellText(4)).isEqualTo("不涉及");
            assertThat(rows.get(23).getCellText(3)).isEqualTo("评估总分: 69.19");
            assertThat(rows.get(23).getCellText(2)).isEqualTo("不涉及项分值合计: 5");
        }
    }

    @Test
    @Order(9)
    void badQuestionsAreProblemsNamingTheFieldAndForeignTenantsAreNotFound() {
        ApiClient.Response wrongScope = api.get("/api/v1/indicators?scope=galaxy&id=x&from=2024-03-04&to=2024-03-11");
        assertThat(wrongScope.status()).isEqualTo(400);
        assertThat(wrongScope.body()).contains("scope");
        ApiClient.Response backwards = api.get("/api/v1/indicators?scope=enterprise&id=" + week.e1 + "&from=2024-03-11&to=2024-03-04");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("after-from");
        ApiClient.Response notMonday = api.get("/api/v1/scores/preview?enterpriseId=" + week.e1 + "&week=2024-03-05");
        assertThat(notMonday.status()).isEqualTo(400);
        ApiClient inspector = ApiClient.as("http://localhost:" + port, "inspector-1", week.group).withRoles("INSPECTOR");
        assertThat(inspector.post("/api/v1/indicators/rebuilds", "").status()).isEqualTo(403);
        assertThat(inspector.get("/api/v1/indicators?scope=enterprise&id=" + week.e1 + "&from=2024-03-04&to=2024-03-11").status())
                .isEqualTo(200);
        ApiClient stranger = ApiClient.as("http://localhost:" + port, "someone", "another-group").withRoles("SAFETY_MANAGER");
        assertThat(stranger.get("/api/v1/indicators?scope=enterprise&id=" + week.e1 + "&from=2024-03-04&to=2024-03-11").status())
                .isEqualTo(404);
    }

    @Test
    @Order(10)
    void anOverdueMajorHazardRaisesAWarningThatClearsWhenItIsAccepted() {
        try (EventProbe probe = new EventProbe(brokers, "dp.assessment.events")) {
            api.post("/api/v1/warnings/scans?enterpriseId=" + week.e1, "");
            JsonNode warnings = api.get("/api/v1/warnings?enterpriseId=" + week.e1 + "&kind=major_hazard_overdue&state=active").json();
            assertThat(warnings).hasSize(1);
            assertThat(warnings.at("/0/subjectId").asString()).isEqualTo(week.id("H2"));
            assertThat(warnings.at("/0/evidence/0/id").asString()).isEqualTo(week.id("H2"));
            assertThat(probe.await(r -> r.value().contains("assessment.warning.raised.v1") && r.value().contains(week.id("H2")), 1,
                    Duration.ofSeconds(30))).hasSize(1);

            History accepted = new History(week.group);
            accepted.add("hazard.registered.v1", week.e1, week.id("H2"));
            accepted.events().clear();
            accepted.hazard("hazard.accepted.v1", week.e1, week.id("H2"), week.id("U1"), "MAJOR", "ACCEPTED", week.id("P3"),
                    at("2024-03-06T15:00"), at("2024-03-08T00:00"), at("2024-03-08T00:00"), week.id("P3"), at("2024-03-10T20:00"));
            accepted.sendTo(kafka);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                api.post("/api/v1/warnings/scans?enterpriseId=" + week.e1, "");
                assertThat(api.get("/api/v1/warnings?enterpriseId=" + week.e1 + "&kind=major_hazard_overdue&state=active").json())
                        .isEmpty();
            });
            assertThat(probe.await(r -> r.value().contains("assessment.warning.cleared.v1"), 1, Duration.ofSeconds(30))).isNotEmpty();
        }
    }

    private JsonNode indicators(String scope, String id, String from, String to, String period) {
        ApiClient.Response response = api.get("/api/v1/indicators?scope=" + scope + "&id=" + id + "&from=" + from + "&to=" + to
                + (period == null ? "" : "&period=" + period));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode item(JsonNode view, String code) {
        for (JsonNode item : view.at("/evaluation/items")) {
            if (code.equals(item.get("code").asString())) {
                return item;
            }
        }
        throw new AssertionError("no item " + code);
    }

    private static String body(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static void ratio(JsonNode values, String name, long numerator, long denominator, double rate) {
        assertThat(values.at("/" + name + "/numerator").asLong()).as(name + " numerator").isEqualTo(numerator);
        assertThat(values.at("/" + name + "/denominator").asLong()).as(name + " denominator").isEqualTo(denominator);
        assertThat(values.at("/" + name + "/rate").asDouble()).as(name + " rate").isEqualTo(rate);
    }

    private static JsonNode person(JsonNode sheet, String personId) {
        for (JsonNode line : sheet.get("people")) {
            if (personId.equals(line.get("personId").asString())) {
                return line;
            }
        }
        throw new AssertionError("no line for " + personId + " in " + sheet);
    }
}
