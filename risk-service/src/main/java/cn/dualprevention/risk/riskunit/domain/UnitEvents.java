package cn.dualprevention.risk.riskunit.domain;

import java.time.Instant;

/** The other events of a unit's life (docs/events.md). */
public final class UnitEvents {

    private UnitEvents() {
    }

    /** {@code risk.unit.deleted.v1}; its data is the whole unit ({@link RiskUnitCreated} with deleted = true). */
    public static final String DELETED = "risk.unit.deleted.v1";

    /** {@code risk.unit.level-changed.v1}: the current level moved, and why. */
    public record LevelChanged(String unitId, String enterpriseId, String fromLevel, String toLevel, String cause,
                               String causeType) {
        public static final String TYPE = "risk.unit.level-changed.v1";
    }

    /** {@code risk.unit.stopped.v1} / {@code risk.unit.resumed.v1} (停用检修). */
    public record StoppedOrResumed(String unitId, String enterpriseId, Instant stopStartTime, Instant stopEndTime,
                                   String reason) {
        public static final String STOPPED = "risk.unit.stopped.v1";
        public static final String RESUMED = "risk.unit.resumed.v1";
    }
}
