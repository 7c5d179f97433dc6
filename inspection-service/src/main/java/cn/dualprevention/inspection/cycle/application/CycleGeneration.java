package cn.dualprevention.inspection.cycle.application;

import cn.dualprevention.inspection.cycle.domain.CycleCalendar;
import cn.dualprevention.inspection.cycle.domain.CycleGenerator;
import cn.dualprevention.inspection.cycle.domain.CycleState;
import cn.dualprevention.inspection.cycle.domain.CycleWindow;
import cn.dualprevention.inspection.cycle.domain.HolidayCalendar;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.cycle.domain.InspectionCycles;
import cn.dualprevention.inspection.cycle.domain.StoppedUnits;
import cn.dualprevention.inspection.riskmodel.domain.RiskModel;
import cn.dualprevention.inspection.task.domain.InspectionTask;
import cn.dualprevention.inspection.task.domain.InspectionTasks;
import cn.dualprevention.inspection.task.domain.TaskSchedule;
import cn.dualprevention.platform.ids.Ids;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 周期生成 — generates the cycles of every scheduled task for a period, in each enterprise's time zone, and assigns
 * them to the people holding the task's post (or the named person). Safe to run again and from several instances at
 * once: existing cycles are left alone (unique task + window start).
 */
@Service
public class CycleGeneration {

    private static final int BATCH = 1000;
    /** Windows start in the period but may end after it (a yearly window at most). */
    private static final Duration LONGEST_WINDOW = Duration.ofDays(366);

    private final InspectionTasks tasks;
    private final InspectionCycles cycles;
    private final RiskModel riskModel;
    private final HolidayCalendar holidays;
    private final StoppedUnits stoppedUnits;

    public CycleGeneration(InspectionTasks tasks, InspectionCycles cycles, RiskModel riskModel, HolidayCalendar holidays,
                           StoppedUnits stoppedUnits) {
        this.stoppedUnits = stoppedUnits;
        this.tasks = tasks;
        this.cycles = cycles;
        this.riskModel = riskModel;
        this.holidays = holidays;
    }

    /** Generates the cycles starting in [from, to) of every task that has a schedule; returns how many were new. */
    public int generate(Instant from, Instant to) {
        return generate(tasks.generating(), from, to);
    }

    public int generate(List<InspectionTask> scheduled, Instant from, Instant to) {
        Map<String, CycleGenerator> generators = new HashMap<>();
        Map<String, Map<String, List<String>>> holders = new HashMap<>();
        Map<String, List<StoppedUnits.StopPeriod>> stops = new HashMap<>();
        List<InspectionCycle> batch = new ArrayList<>(BATCH);
        int created = 0;
        for (InspectionTask task : scheduled) {
            if (!task.generatesCycles()) {
                continue;
            }
            CycleGenerator generator = generators.computeIfAbsent(task.enterpriseId(),
                    e -> new CycleGenerator(new CycleCalendar(riskModel.timeZone(e), holidays)));
            TaskSchedule schedule = task.schedule();
            List<String> assignees = schedule.assigneePersonId() != null ? List.of(schedule.assigneePersonId())
                    : holders.computeIfAbsent(task.enterpriseId(), riskModel::postHolders)
                    .getOrDefault(schedule.assigneePostId(), List.of());
            for (CycleWindow window : generator.windows(schedule, from, to)) {
                CycleState state = task.unitId() != null && stops.computeIfAbsent(task.unitId(), u -> stoppedUnits.periods(u, from, to.plus(LONGEST_WINDOW)))
                        .stream().anyMatch(stop -> stop.overlaps(window.start(), window.end())) ? CycleState.SUSPENDED : CycleState.OPEN;
                batch.add(new InspectionCycle(Ids.newId(), 1, task.groupId(), task.enterpriseId(), task.id(),
                        task.measureId(), task.unitId(), task.troubleshootContent(), schedule.workType().name(),
                        schedule.taskNum(), window.start(), window.end(), assignees, state, null));
                if (batch.size() == BATCH) {
                    created += cycles.addNew(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        return created + cycles.addNew(batch);
    }
}
