package cn.dualprevention.inspection.task.web;

import cn.dualprevention.inspection.task.domain.TaskRevision;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** An inspection task as the API shows it. */
public record TaskResponse(String id, long version, String enterpriseId, String measureId, String riskEventId,
                           String unitId, String troubleshootContent, String state, Schedule schedule,
                           List<TaskRevision> history) {

    /** The schedule, absent until the safety manager sets it. */
    public record Schedule(int cycle, String cycleUnit, Instant taskStartTime, LocalTime workStartTime,
                           LocalTime workEndTime, String workDayType, String workType, Integer taskNum,
                           String assigneePostId, String assigneePersonId) {
    }
}
