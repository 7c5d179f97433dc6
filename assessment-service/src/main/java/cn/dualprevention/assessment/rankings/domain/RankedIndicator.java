package cn.dualprevention.assessment.rankings.domain;

import cn.dualprevention.assessment.indicators.domain.IndicatorValues;

import java.util.function.Function;

/** The indicators enterprises (plants) of a group can be ranked on, and whether higher is better. */
public enum RankedIndicator {
    RISK_ANALYSIS(v -> v.riskAnalysis().rate(), true),
    TASK_COMPLETION(v -> v.taskCompletion().rate(), true),
    GUARANTOR_DUTIES(v -> v.guarantorDuties().rate(), true),
    REMEDIATION(v -> v.remediation().rate(), true),
    ON_TIME_REMEDIATION(v -> v.onTimeRemediation().rate(), true),
    PARTICIPATION(v -> v.participation().rate(), true),
    HAZARDS_PER_100_CHECKS(IndicatorValues::hazardsPer100Checks, true),
    OVERDUE_HAZARDS(v -> (double) v.overdueByLevel().values().stream().mapToLong(Long::longValue).sum(), false),
    /** The kept weekly score E (weeks only). */
    SCORE(null, true);

    private final Function<IndicatorValues, Double> value;
    private final boolean higherIsBetter;

    RankedIndicator(Function<IndicatorValues, Double> value, boolean higherIsBetter) {
        this.value = value;
        this.higherIsBetter = higherIsBetter;
    }

    public Double valueOf(IndicatorValues values) {
        return value == null ? null : value.apply(values);
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
