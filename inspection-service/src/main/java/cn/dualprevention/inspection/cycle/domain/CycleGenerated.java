package cn.dualprevention.inspection.cycle.domain;

import java.time.Instant;
import java.util.List;

/** Data of {@code inspection.cycle.generated.v1}: a cycle and the people it is pushed to; {@code state} SUSPENDED when its unit is stopped. */
public record CycleGenerated(String cycleId, String taskId, String measureId, String unitId, String enterpriseId,
                             Instant windowStart, Instant windowEnd, String workType, Integer taskNum,
                             List<String> assigneePersonIds, String state) {

    public static final String TYPE = "inspection.cycle.generated.v1";
}
