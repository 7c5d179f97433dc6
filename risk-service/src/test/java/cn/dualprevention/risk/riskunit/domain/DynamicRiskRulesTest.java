package cn.dualprevention.risk.riskunit.domain;

import cn.dualprevention.platform.errors.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DynamicRiskRulesTest {

    private static final DynamicRiskRules RULES = DynamicRiskRules.DEFAULTS;
    private final RiskUnit unit = RiskUnit.create("u1", "g1", "e1", "410100001", "T-01", "罐区", "储运部", "张伟",
            RiskLevel.GENERAL, null);

    @Test
    void anOpenMajorHazardMakesTheUnitMajorUntilItIsClosed() {
        RiskUnit raised = unit.withCondition(unit.condition().withOpenHazard(new OpenHazard("h1", "法兰泄漏", true, null)), RULES);
        assertThat(raised.currentLevel()).isEqualTo(RiskLevel.MAJOR);
        assertThat(raised.riskLevel()).isEqualTo(RiskLevel.GENERAL);
        assertThat(RULES.currentLevel(raised.riskLevel(), raised.condition()).causeType()).isEqualTo("OPEN_MAJOR_HAZARD");

        RiskUnit back = raised.withCondition(raised.condition().withoutHazard("h1"), RULES);
        assertThat(back.currentLevel()).isEqualTo(RiskLevel.GENERAL);
        assertThat(RULES.currentLevel(back.riskLevel(), back.condition()).causeType()).isEqualTo("REMEDIATED");
    }

    @Test
    void aHazardOnAMeasureOrRepeatedMissedChecksRaiseOneLevel() {
        UnitCondition onMeasure = UnitCondition.NONE.withOpenHazard(new OpenHazard("h2", "联锁旁路", false, "m1"));
        assertThat(RULES.currentLevel(RiskLevel.GENERAL, onMeasure))
                .extracting(LevelCause::level, LevelCause::causeType).containsExactly(RiskLevel.CONSIDERABLE, "OPEN_HAZARD_ON_MEASURE");

        UnitCondition missed = UnitCondition.NONE.missedCheck().missedCheck();
        assertThat(RULES.currentLevel(RiskLevel.LOW, missed).level()).isEqualTo(RiskLevel.LOW);
        assertThat(RULES.currentLevel(RiskLevel.LOW, missed.missedCheck()))
                .extracting(LevelCause::level, LevelCause::causeType).containsExactly(RiskLevel.GENERAL, "MISSED_CHECKS");
        assertThat(RULES.currentLevel(RiskLevel.LOW, missed.missedCheck().checked()).level()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void rulesCanBeSwitchedOff() {
        DynamicRiskRules off = new DynamicRiskRules(false, false, 0);
        UnitCondition busy = UnitCondition.NONE.withOpenHazard(new OpenHazard("h1", "x", true, "m1")).missedCheck();
        assertThat(off.currentLevel(RiskLevel.LOW, busy).level()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void deletionIsRefusedWhileHazardsAreOpenOrTasksActive() {
        RiskUnit withTask = unit.withCondition(unit.condition().withTask("t1"), RULES);
        assertThatThrownBy(withTask::delete).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo("unit-has-active-tasks"));
        RiskUnit withHazard = unit.withCondition(unit.condition().withOpenHazard(new OpenHazard("h1", "法兰泄漏", false, null)), RULES);
        assertThatThrownBy(withHazard::delete).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.rule()).isEqualTo("unit-has-open-hazards");
            assertThat(e.getMessage()).contains("法兰泄漏");
        });
        RiskUnit deleted = unit.delete();
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.version()).isEqualTo(2);
    }

    @Test
    void aUnitStopsForMaintenanceAndResumesOnce() {
        RiskUnit stopped = unit.stop(java.time.Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(stopped.status()).isEqualTo(UnitStatus.STOPPED);
        assertThatThrownBy(() -> stopped.stop(java.time.Instant.parse("2026-03-02T09:00:00Z"))).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo("unit-already-stopped"));
        assertThat(stopped.resume().status()).isEqualTo(UnitStatus.IN_SERVICE);
        assertThatThrownBy(unit::resume).isInstanceOf(RuleViolationException.class);
    }
}
