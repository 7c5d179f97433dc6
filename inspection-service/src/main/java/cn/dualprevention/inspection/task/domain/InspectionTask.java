package cn.dualprevention.inspection.task.domain;

import cn.dualprevention.platform.errors.RuleViolationException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 隐患排查任务 — inspection task: the inspection content of one control measure and, once the safety manager has set
 * it, its schedule. A changed measure changes the task, a deleted one retires it; every change is kept in {@code history}.
 *
 * @param measureVersion version of the measure this task was last built from (older measure events are ignored)
 */
public record InspectionTask(String id, long version, String groupId, String enterpriseId, String measureId,
                             String riskEventId, String unitId, String troubleshootContent, long measureVersion,
                             TaskSchedule schedule, TaskState state, List<TaskRevision> history) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    public InspectionTask {
        history = List.copyOf(history);
    }

    public static InspectionTask define(String id, ControlMeasure measure, Instant at, String by) {
        return new InspectionTask(id, 1, measure.groupId(), measure.enterpriseId(), measure.measureId(),
                measure.riskEventId(), measure.unitId(), measure.troubleshootContent(), measure.version(), null,
                TaskState.ACTIVE, List.of(new TaskRevision(1, at, "defined from measure", by)));
    }

    /** The measure changed: new content (and unit); a measure no longer inspected retires the task. */
    public InspectionTask follow(ControlMeasure measure, Instant at, String by) {
        if (!measure.isInspection()) {
            return retire(measure.version(), at, by, measure.deleted() ? "measure deleted" : "measure no longer inspected");
        }
        return new InspectionTask(id, version + 1, groupId, enterpriseId, measureId, measure.riskEventId(),
                measure.unitId(), measure.troubleshootContent(), measure.version(), schedule, TaskState.ACTIVE,
                append(at, state == TaskState.RETIRED ? "re-activated by measure" : "measure changed", by));
    }

    private InspectionTask retire(long fromMeasureVersion, Instant at, String by, String why) {
        return new InspectionTask(id, version + 1, groupId, enterpriseId, measureId, riskEventId, unitId,
                troubleshootContent, fromMeasureVersion, schedule, TaskState.RETIRED, append(at, why, by));
    }

    /** The safety manager sets the schedule (cycle, window, work days, duty, assignee). */
    public InspectionTask schedule(TaskSchedule newSchedule, Instant at, String by) {
        if (state == TaskState.RETIRED) {
            throw new RuleViolationException("task-retired", "task " + id + " is retired; its measure was deleted");
        }
        return new InspectionTask(id, version + 1, groupId, enterpriseId, measureId, riskEventId, unitId,
                troubleshootContent, measureVersion, newSchedule, state, append(at, "schedule set", by));
    }

    /**
     * 周期指纹 — what this task's cycles are built from: schedule, unit and inspection content. A cycle not yet started
     * whose key differs is cancelled and generated again; the same key again (a replayed change) changes nothing.
     */
    public String cycleKey() {
        String basis = schedule + "|" + unitId + "|" + troubleshootContent;
        return UUID.nameUUIDFromBytes(basis.getBytes(StandardCharsets.UTF_8)).toString().substring(0, 18);
    }

    public boolean generatesCycles() {
        return state == TaskState.ACTIVE && schedule != null;
    }

    public String eventType() {
        if (version == 1) {
            return TaskEvent.DEFINED;
        }
        return state == TaskState.RETIRED ? TaskEvent.RETIRED : TaskEvent.CHANGED;
    }

    public TaskEvent event() {
        TaskSchedule s = schedule;
        return new TaskEvent(id, measureId, unitId, enterpriseId, troubleshootContent,
                s == null ? null : s.cycle(), s == null ? null : s.cycleUnit().name(),
                s == null ? null : s.taskStartTime(),
                s == null || s.workStartTime() == null ? null : TIME.format(s.workStartTime()),
                s == null || s.workEndTime() == null ? null : TIME.format(s.workEndTime()),
                s == null ? null : s.workDayType().name(), s == null ? null : s.workType().name(),
                s == null ? null : s.taskNum(), s == null ? null : s.assigneePostId(),
                s == null ? null : s.assigneePersonId(), state.name());
    }

    private List<TaskRevision> append(Instant at, String change, String by) {
        List<TaskRevision> next = new ArrayList<>(history);
        next.add(new TaskRevision(version + 1, at, change, by));
        return next;
    }
}
