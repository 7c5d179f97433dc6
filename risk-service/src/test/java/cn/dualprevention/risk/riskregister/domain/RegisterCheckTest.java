package cn.dualprevention.risk.riskregister.domain;

import cn.dualprevention.risk.assessment.domain.RiskThresholds;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterCheckTest {

    private final RegisterCheck check = new RegisterCheck("410100001", RiskThresholds::defaults);

    private static RegisterRow row(int number, String... cells) {
        return new RegisterRow(number, Arrays.asList(cells));
    }

    @Test
    void aUnitTakesTheHighestLevelOfItsEventsAndKeepsEveryMeasure() {
        RegisterCheck.Outcome outcome = check.check(List.of(
                row(2, "410100001001", "LNG储罐区", "储运部", "张伟", "113.75", "34.72", "泄漏着火", "伤亡", "LEC", "L=3;E=6;C=7", null, null,
                        "液位联锁", "1", "1-4", null, "INSPECTION", "检查联锁", "WORKSHOP"),
                row(3, "410100001001", "LNG储罐区", "储运部", "张伟", "113.75", "34.72", "泄漏着火", null, null, null, null, null,
                        "可燃气体报警", "1", "1-3", null, "AUTOMATED_MONITORING", null, "TEAM"),
                row(4, "410100001001", "LNG储罐区", "储运部", "张伟", "113.75", "34.72", "超压", null, "DIRECT", null, "MAJOR",
                        "安全阀缺失", null, null, null, null, null, null, null)));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.plan().level()).isEqualTo(RiskLevel.MAJOR);
        assertThat(outcome.plan().events()).hasSize(2);
        assertThat(outcome.plan().events().get(0).measures()).hasSize(2);
        assertThat(outcome.plan().details().location().longitude()).isEqualTo(113.75);
    }

    @Test
    void everyBrokenRuleIsReportedWithRowAndColumnAndTheUnitIsNotPlanned() {
        RegisterCheck.Outcome outcome = check.check(List.of(
                row(7, "999999999001", "罐区", "储运部", null, null, null, "泄漏", null, "MES", "M=5;E=6;S=3", null, null,
                        "应急预案", "4", "1-4", null, "INSPECTION", null, "SHIFT")));
        assertThat(outcome.plan()).isNull();
        assertThat(outcome.problems()).extracting(p -> p.row() + "/" + p.column() + "/" + p.rule())
                .containsExactly("7/A/major-hazard-code", "7/D/required", "7/J/factor-table", "7/S/code");
    }
}
