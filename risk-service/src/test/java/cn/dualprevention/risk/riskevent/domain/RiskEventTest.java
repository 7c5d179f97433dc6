package cn.dualprevention.risk.riskevent.domain;

import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.risk.assessment.domain.Assessment;
import cn.dualprevention.risk.assessment.domain.AssessmentKind;
import cn.dualprevention.risk.assessment.domain.AssessmentMethod;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskEventTest {

    private final RiskEvent event = RiskEvent.createAssessed("ev", "g", "e", "u", "储罐泄漏", "火灾",
            new Assessment(AssessmentKind.RESIDUAL, AssessmentMethod.DIRECT, Map.of(), null, RiskLevel.MAJOR, "无联锁",
                    "初评", "zhang.wei", Instant.EPOCH));

    @Test
    void aChangeKeepsTheAssessmentsAndTheEventDataIsTheWholeEvent() {
        RiskEvent renamed = event.update("储罐超压泄漏", "火灾、爆炸");
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(renamed.assessments()).hasSize(1);
        RiskEventCreated data = renamed.created();
        assertThat(data.residualLevel()).isEqualTo("MAJOR");
        assertThat(data.inherentLevel()).isNull();
        assertThat(data.consequence()).isEqualTo("火灾、爆炸");
    }

    @Test
    void anEventWithLiveMeasuresIsNotDeleted() {
        assertThatThrownBy(() -> event.delete(2))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("risk-event-has-measures");
                    assertThat(e.getMessage()).contains("2 control measure(s)");
                });
        RiskEvent deleted = event.delete(0);
        assertThat(deleted.created().deleted()).isTrue();
        assertThatThrownBy(() -> deleted.update("x", null)).isInstanceOf(RuleViolationException.class);
    }
}
