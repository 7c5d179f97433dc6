package cn.dualprevention.risk.riskunit.domain;

/**
 * Why a unit's current level is what it is.
 *
 * @param causeType ASSESSMENT, OPEN_MAJOR_HAZARD, OPEN_HAZARD_ON_MEASURE, MISSED_CHECKS, REMEDIATED
 */
public record LevelCause(RiskLevel level, String causeType, String cause) {
}
