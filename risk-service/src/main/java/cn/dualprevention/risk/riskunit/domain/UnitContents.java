package cn.dualprevention.risk.riskunit.domain;

/**
 * The risk events of a unit and their control measures: they belong to the unit and are soft-deleted with it, each
 * announced with its own {@code .deleted.v1} event, before the unit itself.
 */
public interface UnitContents {

    /** Soft-deletes every live event and measure of the unit; returns how many aggregates were deleted. */
    int deleteWith(RiskUnit unit);
}
