package cn.dualprevention.assessment.indicators.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The effectiveness indicators (运行成效指标) of one scope over [{@code from}, {@code to}) as of {@code asOf}.
 * Definitions: assessment-service/README.md, "Indicators".
 *
 * @param riskAnalysis        风险分析完成率: units with an assessed risk event and a control measure ÷ units
 * @param taskCompletion      排查任务完成率: due cycles with a check ÷ due cycles of running units
 * @param guarantorDuties     包保 duty completion, all three roles together
 * @param remediation         隐患整改率: hazards registered in the period accepted by its end ÷ those needing remediation
 * @param onTimeRemediation   accepted by the (possibly extended) deadline ÷ accepted
 * @param participation       全员参与率: people with tasks who checked or reported ÷ people with tasks
 * @param hazardsPerChecks    hazards found by checks ÷ checks; {@code hazardsPer100Checks} is its rate × 100
 */
public record IndicatorValues(Instant from, Instant to, Ratio riskAnalysis, Ratio taskCompletion, long dueCycles,
                              long suspendedCycles, long lateCycles, long missedCycles, Ratio guarantorDuties,
                              List<GuarantorDuty> guarantors, Ratio remediation, Ratio onTimeRemediation,
                              long extendedHazards, Map<String, Long> overdueByLevel, List<String> overdueMajorHazardIds,
                              Ratio participation, Ratio hazardsPerChecks, Double hazardsPer100Checks) {

    /** 包保责任人 duty performance of one guarantor in the period. */
    public record GuarantorDuty(String personId, String role, long done, long due, List<String> missedCycleIds) {

        public Double rate() {
            return new Ratio(done, due).rate();
        }
    }
}
