package cn.dualprevention.inspection.cycle.domain;

import java.time.Instant;
import java.util.List;

/** Data of {@code inspection.cycle.generated.v1}: a cycle and the people it is pushed to. */
public record CycleGenerated(String cycleId, String taskId, String measureId, String unitId, String enterpriseId,
                             Instant windowStart, Instant windowEnd, String workType, Integer taskNum,
                             List<String> assigneePersonIds) {

    public static final String TYPE = "inspection.cycle.generated.v1";
}
