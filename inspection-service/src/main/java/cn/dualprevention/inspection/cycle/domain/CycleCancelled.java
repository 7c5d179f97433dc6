package cn.dualprevention.inspection.cycle.domain;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code inspection.cycle.cancelled.v1}: a cycle not yet started, without a record, withdrawn because its
 * task's schedule changed ({@code SCHEDULE_CHANGED}: a cycle of the new schedule follows) or its task was retired
 * ({@code TASK_RETIRED}). Its people's inboxes drop it.
 */
public record CycleCancelled(String cycleId, String taskId, String measureId, String unitId, String enterpriseId,
                             Instant windowStart, Instant windowEnd, List<String> assigneePersonIds, String reason) {

    public static final String TYPE = "inspection.cycle.cancelled.v1";
    public static final String SCHEDULE_CHANGED = "SCHEDULE_CHANGED";
    public static final String TASK_RETIRED = "TASK_RETIRED";
}
