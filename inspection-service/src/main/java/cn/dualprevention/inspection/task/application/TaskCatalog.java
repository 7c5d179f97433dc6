package cn.dualprevention.inspection.task.application;

import cn.dualprevention.inspection.cycle.application.CycleGeneration;
import cn.dualprevention.inspection.task.domain.InspectionTask;
import cn.dualprevention.inspection.task.domain.InspectionTasks;
import cn.dualprevention.inspection.task.domain.TaskSchedule;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * 排查任务清单 — the inspection tasks of the caller's enterprises, and their schedules. A new schedule replaces the
 * task's cycles not yet started (see {@link CycleGeneration#reconcile}).
 */
@Service
public class TaskCatalog {

    private final InspectionTasks tasks;
    private final CycleGeneration cycles;
    private final Clock clock;

    public TaskCatalog(InspectionTasks tasks, CycleGeneration cycles, Clock clock) {
        this.tasks = tasks;
        this.cycles = cycles;
        this.clock = clock;
    }

    public InspectionTask get(String id) {
        Caller caller = CallerContext.require();
        InspectionTask task = tasks.find(id).orElseThrow(() -> new NotFoundException("inspection task", id));
        caller.requireAccess(task.groupId(), task.enterpriseId(), "inspection task", id);
        return task;
    }

    public List<InspectionTask> ofEnterprise(String enterpriseId, String unitId) {
        Caller caller = CallerContext.require();
        if (enterpriseId == null || enterpriseId.isBlank()) {
            throw new InvalidValueException("enterpriseId", "required", "name the enterprise");
        }
        return tasks.ofEnterprise(enterpriseId, unitId).stream()
                .filter(t -> caller.mayAccess(t.groupId(), t.enterpriseId())).toList();
    }

    public InspectionTask schedule(String id, ScheduleTask c) {
        InspectionTask task = get(id);
        TaskSchedule schedule = TaskSchedule.of(c.cycle(), c.cycleUnit(), c.taskStartTime(), c.workStartTime(),
                c.workEndTime(), c.workDayType(), c.workType(), c.taskNum(), c.assigneePostId(), c.assigneePersonId());
        Instant now = clock.instant();
        InspectionTask next = task.schedule(schedule, now, CallerContext.require().userId());
        tasks.update(next, List.of(new NewEvent(next.eventType(), next.groupId(), next.enterpriseId(), next.id(),
                next.event())));
        cycles.reconcile(next, now, task.schedule() != null);
        return next;
    }
}
