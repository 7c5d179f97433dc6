package cn.dualprevention.inspection.task.web;

import cn.dualprevention.inspection.task.domain.CycleUnit;
import cn.dualprevention.inspection.task.domain.WorkDayType;
import cn.dualprevention.inspection.task.domain.WorkType;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalTime;

/** Body of {@code PUT /api/v1/inspection-tasks/{id}/schedule}; the domain names every violated rule. */
public record ScheduleRequest(
        @Schema(description = "cycle length, > 0", example = "1") Integer cycle,
        @Schema(description = "HOUR, DAY, WEEK, MONTH, QUARTER, YEAR", example = "DAY") CycleUnit cycleUnit,
        @Schema(example = "2026-03-02T00:00:00Z") Instant taskStartTime,
        @Schema(description = "daily window start (H:mm:ss), required for hourly tasks", example = "08:00:00") LocalTime workStartTime,
        @Schema(description = "daily window end (H:mm:ss), required for hourly tasks", example = "18:00:00") LocalTime workEndTime,
        @Schema(description = "EVERY_DAY, WORKING_DAYS (statutory), NON_WORKING_DAYS", example = "EVERY_DAY") WorkDayType workDayType,
        @Schema(description = "ROUTINE, MAIN (taskNum 1–9), TECHNICAL (1–9), OPERATIONAL (1–10)", example = "ROUTINE") WorkType workType,
        @Schema(description = "包保 checklist item number; only for MAIN / TECHNICAL / OPERATIONAL") Integer taskNum,
        @Schema(description = "the post whose holders do the task (or assigneePersonId)") String assigneePostId,
        @Schema(description = "the person who does the task (or assigneePostId)") String assigneePersonId) {
}
