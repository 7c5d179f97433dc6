package cn.dualprevention.inspection.cycle.domain;

import java.time.Instant;
import java.util.List;

/**
 * 排查周期 — one window of a task in which its assignees must inspect. At most one live cycle per task and window start
 * (a unique key), so generating again never duplicates it.
 *
 * @param scheduleKey what the cycle was generated from ({@code InspectionTask#cycleKey()}): a cycle not yet started whose
 *                    key is no longer its task's is cancelled and generated again
 */
public record InspectionCycle(String id, long version, String groupId, String enterpriseId, String taskId,
                              String measureId, String unitId, String troubleshootContent, String workType,
                              Integer taskNum, Instant windowStart, Instant windowEnd, List<String> assigneePersonIds,
                              CycleState state, String recordId, String scheduleKey) {

    public InspectionCycle {
        assigneePersonIds = List.copyOf(assigneePersonIds);
    }

    public boolean isAssigned(String personId) {
        return assigneePersonIds.contains(personId);
    }

    public boolean isLate(Instant at) {
        return !at.isBefore(windowEnd);
    }

    /** Not started at {@code now}, not recorded: a schedule change may still cancel it. */
    public boolean isReplaceable(Instant now) {
        return !windowStart.isBefore(now) && recordId == null
                && (state == CycleState.OPEN || state == CycleState.SUSPENDED);
    }

    public CycleCancelled cancelled(String reason) {
        return new CycleCancelled(id, taskId, measureId, unitId, enterpriseId, windowStart, windowEnd, assigneePersonIds,
                reason);
    }

    public CycleGenerated generated() {
        return new CycleGenerated(id, taskId, measureId, unitId, enterpriseId, windowStart, windowEnd, workType, taskNum,
                assigneePersonIds, state.name());
    }
}
