package cn.dualprevention.assessment.points.domain;

/**
 * Points of the pay-linked safety assessment (考核奖惩, seed 004 四(3)4), dp.assessment.points.*; zero = default.
 *
 * @param onTimeCheck       + per cycle checked within its window (default 1)
 * @param lateCheck         − per cycle checked after its window (default 0.5)
 * @param missedCheck       − per cycle not checked (default 2)
 * @param hazardConfirmed   + per hazard the person found that was confirmed as one (default 3)
 * @param remediationOnTime + per hazard the person was liable for, accepted by its deadline (default 2)
 * @param remediationLate   − per hazard the person was liable for, accepted late or still overdue (default 2)
 */
public record PointRules(double onTimeCheck, double lateCheck, double missedCheck, double hazardConfirmed,
                         double remediationOnTime, double remediationLate) {

    public PointRules {
        onTimeCheck = onTimeCheck == 0 ? 1 : onTimeCheck;
        lateCheck = lateCheck == 0 ? 0.5 : lateCheck;
        missedCheck = missedCheck == 0 ? 2 : missedCheck;
        hazardConfirmed = hazardConfirmed == 0 ? 3 : hazardConfirmed;
        remediationOnTime = remediationOnTime == 0 ? 2 : remediationOnTime;
        remediationLate = remediationLate == 0 ? 2 : remediationLate;
    }

    public static PointRules defaults() {
        return new PointRules(0, 0, 0, 0, 0, 0);
    }
}
