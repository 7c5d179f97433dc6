package cn.dualprevention.inspection.task.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 排查计划 — how often, when and by whom a task is done, as the safety manager sets it. Valid by construction:
 * {@link #of} names the field and rule of every violation.
 *
 * @param workStartTime start of the daily window (required for hourly tasks, optional for daily ones)
 */
public record TaskSchedule(int cycle, CycleUnit cycleUnit, Instant taskStartTime, LocalTime workStartTime,
                           LocalTime workEndTime, WorkDayType workDayType, WorkType workType, Integer taskNum,
                           String assigneePostId, String assigneePersonId) {

    public static TaskSchedule of(Integer cycle, CycleUnit cycleUnit, Instant taskStartTime, LocalTime workStartTime,
                                  LocalTime workEndTime, WorkDayType workDayType, WorkType workType, Integer taskNum,
                                  String assigneePostId, String assigneePersonId) {
        List<FieldViolation> v = new ArrayList<>();
        if (cycle == null) {
            v.add(new FieldViolation("cycle", "required", "a cycle length is required"));
        } else if (cycle <= 0) {
            v.add(new FieldViolation("cycle", "positive", "the cycle must be greater than 0"));
        } else if (cycleUnit == CycleUnit.HOUR && cycle > 24) {
            v.add(new FieldViolation("cycle", "max-24-hours", "an hourly cycle is at most 24 hours"));
        }
        if (cycleUnit == null) {
            v.add(new FieldViolation("cycleUnit", "required", "a cycle unit is required"));
        }
        if (taskStartTime == null) {
            v.add(new FieldViolation("taskStartTime", "required", "a task start time is required"));
        }
        if (cycleUnit == CycleUnit.HOUR) {
            if (workStartTime == null) {
                v.add(new FieldViolation("workStartTime", "required-for-hourly", "an hourly task needs its daily window"));
            }
            if (workEndTime == null) {
                v.add(new FieldViolation("workEndTime", "required-for-hourly", "an hourly task needs its daily window"));
            }
        }
        if ((workStartTime == null) != (workEndTime == null) && cycleUnit != CycleUnit.HOUR) {
            v.add(new FieldViolation(workStartTime == null ? "workStartTime" : "workEndTime", "together",
                    "workStartTime and workEndTime go together"));
        }
        if (workStartTime != null && workStartTime.equals(workEndTime)) {
            v.add(new FieldViolation("workEndTime", "differs-from-start", "the daily window must not be empty"));
        }
        if (workDayType == null) {
            v.add(new FieldViolation("workDayType", "required", "EVERY_DAY, WORKING_DAYS or NON_WORKING_DAYS"));
        }
        if (workType == null) {
            v.add(new FieldViolation("workType", "required", "ROUTINE, MAIN, TECHNICAL or OPERATIONAL"));
        } else if (workType.isDuty()) {
            if (taskNum == null) {
                v.add(new FieldViolation("taskNum", "required-for-duty", "a 包保 task names its checklist item number"));
            } else if (taskNum < 1 || taskNum > workType.lastItem()) {
                v.add(new FieldViolation("taskNum", "range-" + workType.name().toLowerCase() + "-1-" + workType.lastItem(),
                        "the checklist item number of a " + workType + " task is 1–" + workType.lastItem()));
            }
        } else if (taskNum != null) {
            v.add(new FieldViolation("taskNum", "only-for-duty", "a routine task has no checklist item number"));
        }
        boolean post = assigneePostId != null && !assigneePostId.isBlank();
        boolean person = assigneePersonId != null && !assigneePersonId.isBlank();
        if (post == person) {
            v.add(new FieldViolation("assigneePostId", "post-or-person", "name either a post or a person, exactly one"));
        }
        if (!v.isEmpty()) {
            throw new InvalidValueException(v);
        }
        return new TaskSchedule(cycle, cycleUnit, taskStartTime, workStartTime, workEndTime, workDayType, workType,
                taskNum, post ? assigneePostId.trim() : null, person ? assigneePersonId.trim() : null);
    }
}
