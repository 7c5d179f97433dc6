package cn.dualprevention.inspection.task.application;

import cn.dualprevention.inspection.task.domain.CycleUnit;
import cn.dualprevention.inspection.task.domain.WorkDayType;
import cn.dualprevention.inspection.task.domain.WorkType;

import java.time.Instant;
import java.time.LocalTime;

/** Command: the safety manager sets a task's schedule. */
public record ScheduleTask(Integer cycle, CycleUnit cycleUnit, Instant taskStartTime, LocalTime workStartTime,
                           LocalTime workEndTime, WorkDayType workDayType, WorkType workType, Integer taskNum,
                           String assigneePostId, String assigneePersonId) {
}
