package cn.dualprevention.risk;

import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.risk.assessment.domain.Assessment;
import cn.dualprevention.risk.assessment.domain.AssessmentKind;
import cn.dualprevention.risk.assessment.domain.AssessmentMethod;
import cn.dualprevention.risk.measure.domain.ControlLevel;
import cn.dualprevention.risk.measure.domain.ControlMeasure;
import cn.dualprevention.risk.measure.domain.ControlMeasureChanged;
import cn.dualprevention.risk.measure.domain.ControlMeasures;
import cn.dualprevention.risk.measure.domain.ControlMode;
import cn.dualprevention.risk.riskevent.domain.RiskEvent;
import cn.dualprevention.risk.riskevent.domain.RiskEventAssessed;
import cn.dualprevention.risk.riskevent.domain.RiskEventCreated;
import cn.dualprevention.risk.riskevent.domain.RiskEvents;
import cn.dualprevention.risk.riskregister.application.ImportApplier;
import cn.dualprevention.risk.riskregister.domain.ImportJob;
import cn.dualprevention.risk.riskregister.domain.ImportJobs;
import cn.dualprevention.risk.riskunit.domain.GeoPoint;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An import is planned once and written idempotently: a re-post replays it, an interrupted one is completed. */
class RiskRegisterImportResumeTest extends ApiTestSupport {

    @Autowired
    ImportJobs jobs;
    @Autowired
    ImportApplier applier;
    @Autowired
    RiskEvents riskEvents;
    @Autowired
    ControlMeasures measures;

    @Test
    void postingTheSameFileAgainReplaysTheFirstReportAndImportsNothingTwice() throws Exception {
        String enterpriseId = registerEnterprise();
        byte[] file = RiskRegisterExcelTest.workbook(List.of(
                List.of("D-001", "1#储罐", "储运部", "张伟", "", "", "储罐泄漏", "", "LS", "L=2;S=3", "", "", "巡检", "3", "3-1",
                        "", "INSPECTION", "检查", "TEAM"),
                List.of("D-002", "2#储罐", "储运部", "张伟", "", "", "储罐泄漏", "", "LS", "L=2;S=9", "", "", "巡检", "3", "3-1",
                        "", "INSPECTION", "检查", "TEAM")));
        String path = "/api/v1/risk-register/import?enterpriseId=" + enterpriseId;
        JsonNode first = plantSystem.postBytes(path, RiskRegisterExcelTest.XLSX, file).json();
        assertThat(first.get("replayed").asBoolean()).isFalse();
        assertThat(first.get("importedUnits").asInt()).isEqualTo(1);
        assertThat(first.get("problems").get(0).get("rule").asString()).isEqualTo("factor-table");

        ApiClient.Response again = plantSystem.postBytes(path, RiskRegisterExcelTest.XLSX, file);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("replayed").asBoolean()).isTrue();
        assertThat(again.json().get("jobId").asString()).isEqualTo(first.get("jobId").asString());
        assertThat(again.json().get("problems")).isEqualTo(first.get("problems"));
        assertThat(safetyManager.get("/api/v1/risk-units?enterpriseId=" + enterpriseId).json().size()).isEqualTo(1);
        assertThat(events(enterpriseId, "risk.unit.created.v1", 1)).hasSize(1);
    }

    @Test
    void anImportInterruptedInTheMiddleOfAUnitShowsNothingOfItAndIsCompletedByTheSweepWithoutDoubles() {
        String enterpriseId = registerEnterprise();
        String groupId = safetyManager.get("/api/v1/enterprises/" + enterpriseId).json().get("groupId").asString();
        ImportJob job = job(groupId, enterpriseId, UUID.randomUUID().toString());
        assertThat(jobs.add(job)).isTrue();
        assertThat(jobs.add(job)).as("one job per enterprise and file").isFalse();
        // (created just now: the sweep leaves it alone for its grace of 2 minutes)
        // the import got as far as the first event and one of its measures of the first unit, then the database went away
        ImportJob.PlannedEvent firstEvent = job.units().get(0).events().get(0);
        RiskEvent event = firstEvent.event();
        riskEvents.addIfAbsent(event, List.of(new NewEvent(RiskEventCreated.TYPE, groupId, enterpriseId, event.id(),
                event.created()), new NewEvent(RiskEventAssessed.TYPE, groupId, enterpriseId, event.id(),
                RiskEventAssessed.of(event, event.assessments().get(0)))));
        ControlMeasure measure = firstEvent.measures().get(0);
        measures.addIfAbsent(measure, List.of(new NewEvent(ControlMeasureChanged.CREATED, groupId, enterpriseId,
                measure.id(), measure.changed())));
        assertThat(safetyManager.get("/api/v1/risk-units?enterpriseId=" + enterpriseId).json().size()).isZero();
        assertThat(safetyManager.get("/api/v1/risk-map?enterpriseId=" + enterpriseId).json().get("features").size()).isZero();

        assertThat(applier.resumeUnfinished(Duration.ZERO)).isGreaterThanOrEqualTo(1);

        JsonNode units = safetyManager.get("/api/v1/risk-units?enterpriseId=" + enterpriseId).json();
        assertThat(units.size()).isEqualTo(2);
        for (JsonNode unit : units) {
            JsonNode unitEvents = safetyManager.get("/api/v1/risk-events?unitId=" + unit.get("id").asString()).json();
            assertThat(unitEvents.size()).isEqualTo(2);
            for (JsonNode e : unitEvents) {
                assertThat(e.get("residualLevel").asString()).isEqualTo("LOW");
                assertThat(safetyManager.get("/api/v1/control-measures?riskEventId=" + e.get("id").asString()).json().size())
                        .isEqualTo(2);
            }
        }
        assertThat(jobs.find(enterpriseId, job.checksum()).orElseThrow().state()).isEqualTo(ImportJob.State.DONE);
        assertThat(applier.resumeUnfinished(Duration.ZERO)).isZero();
        // every aggregate announced once, the ones written before the failure included
        try (var probe = new cn.dualprevention.platform.test.EventProbe(brokers, "dp.risk.events")) {
            java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> mine =
                    r -> r.key().equals(enterpriseId);
            probe.await(mine, 4 + 4 + 8 + 2 + 1, Duration.ofSeconds(60));
            List<String> types = probe.drain(mine, Duration.ofSeconds(2)).stream().map(ApiTestSupport::type).toList();
            assertThat(types).filteredOn("risk.event.created.v1"::equals).hasSize(4);
            assertThat(types).filteredOn("risk.event.assessed.v1"::equals).hasSize(4);
            assertThat(types).filteredOn("risk.measure.created.v1"::equals).hasSize(8);
            assertThat(types).filteredOn("risk.unit.created.v1"::equals).hasSize(2);
        }
    }

    @Test
    void anInterruptedImportIsCompletedWhenTheSameFileIsPostedAgain() throws Exception {
        String enterpriseId = registerEnterprise();
        String groupId = safetyManager.get("/api/v1/enterprises/" + enterpriseId).json().get("groupId").asString();
        byte[] file = RiskRegisterExcelTest.workbook(List.of(List.of("E-001", "1#储罐", "储运部", "张伟", "", "", "储罐泄漏", "",
                "LS", "L=2;S=3", "", "", "巡检", "3", "3-1", "", "INSPECTION", "检查", "TEAM")));
        String checksum = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file));
        // an import of this very file was planned and then stopped before it wrote anything
        ImportJob interrupted = job(groupId, enterpriseId, checksum);
        jobs.add(interrupted);

        JsonNode report = plantSystem.postBytes("/api/v1/risk-register/import?enterpriseId=" + enterpriseId,
                RiskRegisterExcelTest.XLSX, file).json();
        assertThat(report.get("replayed").asBoolean()).isTrue();
        assertThat(report.get("jobId").asString()).isEqualTo(interrupted.id());
        assertThat(safetyManager.get("/api/v1/risk-units?enterpriseId=" + enterpriseId).json().size()).isEqualTo(2);
        assertThat(jobs.find(enterpriseId, checksum).orElseThrow().state()).isEqualTo(ImportJob.State.DONE);
    }

    private static ImportJob job(String groupId, String enterpriseId, String checksum) {
        Instant at = Instant.now();
        List<ImportJob.PlannedUnit> planned = new ArrayList<>();
        for (int u = 0; u < 2; u++) {
            String unitId = cn.dualprevention.platform.ids.Ids.newId();
            List<ImportJob.PlannedEvent> events = new ArrayList<>();
            for (int e = 0; e < 2; e++) {
                String eventId = cn.dualprevention.platform.ids.Ids.newId();
                Assessment assessment = new Assessment(AssessmentKind.RESIDUAL, AssessmentMethod.LS,
                        Map.of("L", BigDecimal.valueOf(2), "S", BigDecimal.valueOf(3)), BigDecimal.valueOf(6), RiskLevel.LOW,
                        null, "imported from the risk register", "zhang.wei", at);
                RiskEvent event = RiskEvent.createAssessed(eventId, groupId, enterpriseId, unitId, "储罐泄漏" + e, "火灾",
                        assessment);
                List<ControlMeasure> eventMeasures = new ArrayList<>();
                for (int m = 0; m < 2; m++) {
                    eventMeasures.add(ControlMeasure.create(cn.dualprevention.platform.ids.Ids.newId(), groupId, enterpriseId,
                            eventId, unitId, new ControlMeasure.MeasureDetails(ControlMode.INSPECTION, "巡检" + m, "3", "3-1",
                                    null, "检查", ControlLevel.TEAM, null)));
                }
                events.add(new ImportJob.PlannedEvent(event, eventMeasures));
            }
            planned.add(new ImportJob.PlannedUnit(RiskUnit.create(unitId, groupId, enterpriseId, "410100001", "R-" + u,
                    "储罐" + u, "储运部", "张伟", RiskLevel.LOW, new GeoPoint(113.75, 34.72)), events));
        }
        return new ImportJob(cn.dualprevention.platform.ids.Ids.newId(), groupId, enterpriseId, checksum,
                "zhang.wei", at.minusMillis(10), ImportJob.State.PLANNED, planned,
                new ImportJob.Report(8, 2, 4, 8, List.of(), List.of()));
    }
}
