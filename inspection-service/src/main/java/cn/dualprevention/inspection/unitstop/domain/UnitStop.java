package cn.dualprevention.inspection.unitstop.domain;

import java.time.Instant;

/**
 * 停用检修 — a unit out of service from {@code start} to {@code end} (open-ended when null) for a reason. While a unit is
 * stopped its cycles are suspended and never count as missed.
 *
 * @param source API (entered here) or RISK (announced by risk-service)
 */
public record UnitStop(String id, long version, String groupId, String enterpriseId, String unitId, Instant start,
                       Instant end, String reason, String source) {

    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && (end == null || end.isAfter(from));
    }
}
