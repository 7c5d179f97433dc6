package cn.dualprevention.hazard.hazard.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * 隐患台账查询 — ledger filter; null means any. {@code enterpriseIds} null means every enterprise of the group.
 *
 * @param overdueAsOf when set, only hazards still under remediation whose deadline lies before this date
 */
public record HazardFilter(String groupId, Set<String> enterpriseIds, HazardState state, HazardLevel level,
                           String unitId, String department, LocalDate overdueAsOf) {
}
