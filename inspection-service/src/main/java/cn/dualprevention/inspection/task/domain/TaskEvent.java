package cn.dualprevention.inspection.task.domain;

import java.time.Instant;

/** Data of {@code inspection.task.defined.v1} / {@code .changed.v1} / {@code .retired.v1}. */
public record TaskEvent(String taskId, String measureId, String unitId, String enterpriseId, String troubleshootContent,
                        Integer cycle, String cycleUnit, Instant taskStartTime, String workStartTime,
                        String workEndTime, String workDayType, String workType, Integer taskNum, String assigneePostId,
                        String assigneePersonId, String state) {

    public static final String DEFINED = "inspection.task.defined.v1";
    public static final String CHANGED = "inspection.task.changed.v1";
    public static final String RETIRED = "inspection.task.retired.v1";
}
