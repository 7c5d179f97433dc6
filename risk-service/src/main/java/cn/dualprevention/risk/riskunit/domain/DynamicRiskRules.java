package cn.dualprevention.risk.riskunit.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * 动态风险评估规则 — how the current (residual) level of a unit moves with reality: an open major hazard
 * makes it 重大; an open hazard bound to one of its measures (a measure failing) raises it one level;
 * {@code missedChecksInRow} missed checks in a row raise it one level. The highest raise wins; with
 * nothing open the unit is back at its assessed level.
 */
public record DynamicRiskRules(boolean openMajorHazardMakesMajor, boolean hazardOnMeasureRaisesOneLevel,
                               int missedChecksInRow) {

    public static final DynamicRiskRules DEFAULTS = new DynamicRiskRules(true, true, 3);

    public LevelCause currentLevel(RiskLevel assessed, UnitCondition condition) {
        List<LevelCause> raises = new ArrayList<>();
        if (openMajorHazardMakesMajor) {
            condition.openHazards().stream().filter(OpenHazard::major).findFirst().ifPresent(h ->
                    raises.add(new LevelCause(RiskLevel.MAJOR, "OPEN_MAJOR_HAZARD",
                            "open major hazard " + h.name() + " (" + h.hazardId() + ")")));
        }
        if (hazardOnMeasureRaisesOneLevel) {
            condition.openHazards().stream().filter(h -> h.measureId() != null).findFirst().ifPresent(h ->
                    raises.add(new LevelCause(assessed.oneUp(), "OPEN_HAZARD_ON_MEASURE",
                            "open hazard " + h.name() + " on control measure " + h.measureId())));
        }
        if (missedChecksInRow > 0 && condition.missedInRow() >= missedChecksInRow) {
            raises.add(new LevelCause(assessed.oneUp(), "MISSED_CHECKS",
                    condition.missedInRow() + " checks missed in a row"));
        }
        LevelCause result = new LevelCause(assessed, "REMEDIATED", "nothing open on the unit: back at its assessed level");
        for (LevelCause raise : raises) {
            if (raise.level().severity() > result.level().severity()) {
                result = raise;
            }
        }
        return result;
    }
}
