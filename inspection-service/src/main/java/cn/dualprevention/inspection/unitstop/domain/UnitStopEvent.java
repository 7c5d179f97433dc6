package cn.dualprevention.inspection.unitstop.domain;

import java.time.Instant;

/** Data of {@code inspection.unit.stopped.v1} / {@code inspection.unit.resumed.v1}. */
public record UnitStopEvent(String stopId, String unitId, String enterpriseId, Instant stopStartTime,
                            Instant stopEndTime, String reason) {

    public static final String STOPPED = "inspection.unit.stopped.v1";
    public static final String RESUMED = "inspection.unit.resumed.v1";

    public static UnitStopEvent of(UnitStop s) {
        return new UnitStopEvent(s.id(), s.unitId(), s.enterpriseId(), s.start(), s.end(), s.reason());
    }
}
