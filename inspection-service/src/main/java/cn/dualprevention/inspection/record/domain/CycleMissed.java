package cn.dualprevention.inspection.record.domain;

import java.time.Instant;
import java.util.List;

/** Data of {@code inspection.cycle.missed.v1}: the "not inspected" record of a cycle that ended without one. */
public record CycleMissed(String recordId, String cycleId, String taskId, String measureId, String unitId,
                          String enterpriseId, Instant windowEnd, String workType, List<String> assigneePersonIds) {

    public static final String TYPE = "inspection.cycle.missed.v1";
}
