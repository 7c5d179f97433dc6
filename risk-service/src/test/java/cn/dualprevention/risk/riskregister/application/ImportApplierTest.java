package cn.dualprevention.risk.riskregister.application;

import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.risk.assessment.domain.Assessment;
import cn.dualprevention.risk.assessment.domain.AssessmentKind;
import cn.dualprevention.risk.assessment.domain.AssessmentMethod;
import cn.dualprevention.risk.measure.domain.ControlLevel;
import cn.dualprevention.risk.measure.domain.ControlMeasure;
import cn.dualprevention.risk.measure.domain.ControlMeasures;
import cn.dualprevention.risk.measure.domain.ControlMode;
import cn.dualprevention.risk.riskevent.domain.RiskEvent;
import cn.dualprevention.risk.riskevent.domain.RiskEvents;
import cn.dualprevention.risk.riskregister.domain.ImportJob;
import cn.dualprevention.risk.riskregister.domain.ImportJobs;
import cn.dualprevention.risk.riskunit.domain.GeoPoint;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import cn.dualprevention.risk.riskunit.domain.RiskUnits;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database failure in the middle of a unit leaves nothing of that unit visible, and applying the job again
 * completes it: every planned document once, every event once, nothing doubled.
 */
class ImportApplierTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private final Store<RiskUnit> unitStore = new Store<>();
    private final Store<RiskEvent> eventStore = new Store<>();
    private final Store<ControlMeasure> measureStore = new Store<>();
    private final Jobs jobs = new Jobs();
    private final ImportApplier applier = new ImportApplier(new Units(), new Events(), new Measures(), jobs,
            Clock.fixed(NOW.plus(Duration.ofMinutes(5)), ZoneOffset.UTC));

    @Test
    void aFailureInTheMiddleOfAUnitLeavesItInvisibleAndTheResumeCompletesEverythingOnce() {
        ImportJob job = job(3, 2, 2);
        jobs.add(job);
        measureStore.failOnWrite = 5; // unit 1 writes 4 measures and itself; the first measure of unit 2 fails

        assertThatThrownBy(() -> applier.apply(job)).hasMessageContaining("database unavailable");
        assertThat(unitStore.docs).hasSize(1);
        assertThat(eventStore.docs).hasSize(3);
        assertThat(measureStore.docs).hasSize(4);
        assertThat(jobs.done).isEmpty();

        assertThat(applier.resumeUnfinished(Duration.ofMinutes(2))).isEqualTo(1);
        assertThat(unitStore.docs).hasSize(3);
        assertThat(eventStore.docs).hasSize(6);
        assertThat(measureStore.docs).hasSize(12);
        assertThat(jobs.done).containsExactly(job.id());
        // exactly one created event per aggregate (assessed too for risk events), in spite of the second pass
        assertThat(unitStore.announced.values()).allSatisfy(types -> assertThat(types).containsExactly("risk.unit.created.v1"));
        assertThat(eventStore.announced.values()).allSatisfy(types -> assertThat(types)
                .containsExactly("risk.event.created.v1", "risk.event.assessed.v1"));
        assertThat(measureStore.announced.values()).allSatisfy(types -> assertThat(types)
                .containsExactly("risk.measure.created.v1"));
        assertThat(eventStore.docs.values()).allSatisfy(e -> assertThat(unitStore.docs).containsKey(e.unitId()));
        assertThat(applier.resumeUnfinished(Duration.ofMinutes(2))).isZero();
    }

    @Test
    void aUnitIsWrittenOnlyAfterAllItsEventsAndMeasures() {
        ImportJob job = job(2, 1, 3);
        jobs.add(job);
        for (int failAt = 1; failAt <= 3; failAt++) {
            measureStore.writes = 0;
            measureStore.failOnWrite = failAt;
            unitStore.docs.clear();
            assertThatThrownBy(() -> applier.apply(job)).isInstanceOf(IllegalStateException.class);
            assertThat(unitStore.docs).as("no unit before its measures, failing at measure write " + failAt).isEmpty();
        }
    }

    @Test
    void aJobStillWithinItsGraceIsLeftToTheImportThatRunsIt() {
        ImportJob job = job(1, 1, 1);
        jobs.add(job);
        assertThat(applier.resumeUnfinished(Duration.ofMinutes(10))).isZero();
        assertThat(unitStore.docs).isEmpty();
    }

    private static ImportJob job(int units, int eventsPerUnit, int measuresPerEvent) {
        List<ImportJob.PlannedUnit> planned = new ArrayList<>();
        int serial = 0;
        for (int u = 0; u < units; u++) {
            String unitId = "u" + u;
            List<ImportJob.PlannedEvent> events = new ArrayList<>();
            for (int e = 0; e < eventsPerUnit; e++) {
                String eventId = unitId + "-e" + e;
                Assessment assessment = new Assessment(AssessmentKind.RESIDUAL, AssessmentMethod.LS,
                        Map.of("L", BigDecimal.valueOf(2), "S", BigDecimal.valueOf(3)), BigDecimal.valueOf(6), RiskLevel.LOW,
                        null, "imported from the risk register", "zhang.wei", NOW);
                RiskEvent event = RiskEvent.createAssessed(eventId, "g1", "e1", unitId, "储罐泄漏" + e, null, assessment);
                List<ControlMeasure> measures = new ArrayList<>();
                for (int m = 0; m < measuresPerEvent; m++) {
                    measures.add(ControlMeasure.create(eventId + "-m" + m + "-" + serial++, "g1", "e1", eventId, unitId,
                            new ControlMeasure.MeasureDetails(ControlMode.INSPECTION, "巡检", "3", "3-1", null, "检查",
                                    ControlLevel.TEAM, null)));
                }
                events.add(new ImportJob.PlannedEvent(event, measures));
            }
            RiskUnit unit = RiskUnit.create(unitId, "g1", "e1", "410100001", "T-" + u, "储罐" + u, "储运部", "张伟",
                    RiskLevel.LOW, new GeoPoint(113.75, 34.72));
            planned.add(new ImportJob.PlannedUnit(unit, events));
        }
        return new ImportJob("job-1", "g1", "e1", "sha", "zhang.wei", NOW, ImportJob.State.PLANNED, planned,
                new ImportJob.Report(units, units, units * eventsPerUnit, units * eventsPerUnit * measuresPerEvent,
                        List.of(), List.of()));
    }

    /**
     * A store whose inserts are idempotent by id (as the unique _id makes them in MongoDB) and whose
     * {@code failOnWrite}-th write fails once, as a database that goes away would.
     */
    private static final class Store<T> {
        int writes;
        final Map<String, T> docs = new LinkedHashMap<>();
        final Map<String, List<String>> announced = new LinkedHashMap<>();
        int failOnWrite;

        boolean insert(String id, T doc, List<NewEvent> events) {
            writes++;
            if (writes == failOnWrite) {
                failOnWrite = 0;
                throw new IllegalStateException("database unavailable");
            }
            if (docs.containsKey(id)) {
                return false;
            }
            docs.put(id, doc);
            announced.put(id, events.stream().map(NewEvent::type).toList());
            return true;
        }
    }

    private final class Units implements RiskUnits {
        @Override public void add(RiskUnit unit, List<NewEvent> events) { unitStore.insert(unit.id(), unit, events); }
        @Override public boolean addIfAbsent(RiskUnit unit, List<NewEvent> events) { return unitStore.insert(unit.id(), unit, events); }
        @Override public void change(RiskUnit unit, List<NewEvent> events) { throw new UnsupportedOperationException(); }
        @Override public Optional<RiskUnit> find(String id) { return Optional.ofNullable(unitStore.docs.get(id)); }
        @Override public List<RiskUnit> ofEnterprise(String enterpriseId) { return List.copyOf(unitStore.docs.values()); }
        @Override public List<RiskUnit> ofRiskObject(String riskObjectId) { return List.of(); }
        @Override public List<RiskUnit> atPlaces(Collection<String> ids) { return List.of(); }
    }

    private final class Events implements RiskEvents {
        @Override public void add(RiskEvent event, List<NewEvent> events) { eventStore.insert(event.id(), event, events); }
        @Override public boolean addIfAbsent(RiskEvent event, List<NewEvent> events) { return eventStore.insert(event.id(), event, events); }
        @Override public void change(RiskEvent event, List<NewEvent> events) { throw new UnsupportedOperationException(); }
        @Override public Optional<RiskEvent> find(String id) { return Optional.ofNullable(eventStore.docs.get(id)); }
        @Override public List<RiskEvent> ofUnit(String unitId) { return List.of(); }
    }

    private final class Measures implements ControlMeasures {
        @Override public void add(ControlMeasure m, List<NewEvent> events) { measureStore.insert(m.id(), m, events); }
        @Override public boolean addIfAbsent(ControlMeasure m, List<NewEvent> events) { return measureStore.insert(m.id(), m, events); }
        @Override public void change(ControlMeasure m, List<NewEvent> events) { throw new UnsupportedOperationException(); }
        @Override public Optional<ControlMeasure> find(String id) { return Optional.ofNullable(measureStore.docs.get(id)); }
        @Override public List<ControlMeasure> ofRiskEvent(String riskEventId) { return List.of(); }
    }

    private static final class Jobs implements ImportJobs {
        final Map<String, ImportJob> all = new LinkedHashMap<>();
        final List<String> done = new ArrayList<>();

        @Override public boolean add(ImportJob job) { return all.putIfAbsent(job.id(), job) == null; }
        @Override public Optional<ImportJob> find(String enterpriseId, String checksum) {
            return all.values().stream().filter(j -> j.checksum().equals(checksum)).findFirst();
        }
        @Override public void markDone(String id) { done.add(id); }
        @Override public List<ImportJob> unfinishedBefore(Instant before) {
            return all.values().stream().filter(j -> !done.contains(j.id()) && j.createdAt().isBefore(before)).toList();
        }
    }
}
