package cn.dualprevention.inspection.cycle.domain;

import java.time.Instant;
import java.util.List;

/**
 * 排查周期 — one window of a task in which its assignees must inspect. At most one cycle per task and window start
 * (a unique key), so generating again never duplicates it.
 */
public record InspectionCycle(String id, long version, String groupId, String enterpriseId, String taskId,
                              String measureId, String unitId, String troubleshootContent, String workType,
                              Integer taskNum, Instant windowStart, Instant windowEnd, List<String> assigneePersonIds,
                              CycleState state, String recordId) {

    public InspectionCycle {
        assigneePersonIds = List.copyOf(assigneePersonIds);
    }

    public boolean isAssigned(String personId) {
        return assigneePersonIds.contains(personId);
    }

    public boolean isLate(Instant at) {
        return !at.isBefore(windowEnd);
    }

    public CycleGenerated generated() {
        return new CycleGenerated(id, taskId, measureId, unitId, enterpriseId, windowStart, windowEnd, workType, taskNum,
                assigneePersonIds, state.name());
    }
}
