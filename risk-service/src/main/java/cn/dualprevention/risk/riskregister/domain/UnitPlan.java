package cn.dualprevention.risk.riskregister.domain;

import cn.dualprevention.risk.assessment.domain.AssessmentMethod;
import cn.dualprevention.risk.measure.domain.ControlMeasure;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A unit of the register that passed every check, ready to be created with its events and measures. */
public record UnitPlan(RiskUnit.UnitDetails details, RiskLevel level, List<EventPlan> events) {

    /** A risk event with its (residual) assessment and its measures. */
    public record EventPlan(String name, String consequence, AssessmentMethod method, Map<String, BigDecimal> factors,
                            RiskLevel directLevel, String directRule, List<ControlMeasure.MeasureDetails> measures) {
    }
}
