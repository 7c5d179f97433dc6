package cn.dualprevention.risk.measure.domain;

import cn.dualprevention.platform.errors.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ControlMeasureTest {

    private static ControlMeasure.MeasureDetails details(ControlMode mode, String c1, String c2, String c3, String content) {
        return new ControlMeasure.MeasureDetails(mode, "储罐设置液位高高联锁", c1, c2, c3, content, ControlLevel.WORKSHOP, "post-1");
    }

    @Test
    void safetyInstrumentationBelongsToEngineeringOnly() {
        assertThat(ControlMeasure.create("m1", "g", "e", "ev", "u",
                details(ControlMode.INSPECTION, "1", "1-4", "液位联锁", "检查联锁投用")).changed().classify2()).isEqualTo("1-4");
        assertThatThrownBy(() -> ControlMeasure.create("m1", "g", "e", "ev", "u",
                details(ControlMode.INSPECTION, "4", "1-4", null, "检查")))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.field() + "/" + v.rule()).containsExactly("classify2/code"));
        assertThatThrownBy(() -> ControlMeasure.create("m1", "g", "e", "ev", "u",
                details(ControlMode.INSPECTION, "5", null, null, "检查")))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.field() + "/" + v.rule()).containsExactly("classify1/code"));
    }

    @Test
    void inspectionNeedsItsContentAutomatedMonitoringDoesNot() {
        assertThatThrownBy(() -> ControlMeasure.create("m1", "g", "e", "ev", "u", details(ControlMode.INSPECTION, "1", "1-1", null, " ")))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.field() + "/" + v.rule()).containsExactly("troubleshootContent/required"));
        assertThat(ControlMeasure.create("m1", "g", "e", "ev", "u",
                details(ControlMode.AUTOMATED_MONITORING, "1", "1-1", null, null)).controlMode()).isEqualTo(ControlMode.AUTOMATED_MONITORING);
    }

    @Test
    void classify3IsFreeTextOfAtMostOneHundredWide() {
        assertThatThrownBy(() -> ControlMeasure.create("m1", "g", "e", "ev", "u",
                details(ControlMode.INSPECTION, "1", "1-1", "联".repeat(51), "检查")))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.field() + "/" + v.rule()).containsExactly("classify3/max-width"));
    }
}
