package cn.dualprevention.inspection.cycle.application;

import cn.dualprevention.inspection.cycle.domain.CycleCalendar;
import cn.dualprevention.inspection.cycle.domain.CycleCancelled;
import cn.dualprevention.inspection.cycle.domain.CycleGenerator;
import cn.dualprevention.inspection.cycle.domain.CycleState;
import cn.dualprevention.inspection.cycle.domain.CycleWindow;
import cn.dualprevention.inspection.cycle.domain.GenerationHorizon;
import cn.dualprevention.inspection.cycle.domain.HolidayCalendar;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.cycle.domain.InspectionCycles;
import cn.dualprevention.inspection.cycle.domain.StoppedUnits;
import cn.dualprevention.inspection.riskmodel.domain.RiskModel;
import cn.dualprevention.inspection.task.domain.InspectionTask;
import cn.dualprevention.inspection.task.domain.InspectionTasks;
import cn.dualprevention.inspection.task.domain.TaskSchedule;
import cn.dualprevention.platform.ids.Ids;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * 周期生成 — generates the cycles of every scheduled task for a period, in each enterprise's time zone, and assigns
 * them to the people holding the task's post (or the named person). Safe to run again and from several instances at
 * once: existing cycles are left alone (unique task + window start).
 * <p>
 * A scheduler round generates from the {@link GenerationHorizon} (where the last round stopped) to {@code ahead}, so
 * it never re-inserts the days it already made. A task whose schedule, unit or content changed, or that was retired, is
 * {@linkplain #reconcile reconciled}: its cycles not yet started and without a record that were made from something
 * else are cancelled (with an event), and the new schedule's cycles are generated up to the horizon — at once by the
 * change, and again by the next round for every task changed since the previous round started (so a change made while
 * a round was running, or whose own reconciliation was cut short, is settled too). Started and closed cycles keep
 * their history.
 */
@Service
public class CycleGeneration {

    private static final int BATCH = 1000;
    /** Below this many tasks per part, generating side by side is not worth a thread. */
    private static final int MIN_TASKS_PER_PART = 500;
    /** Windows start in the period but may end after it (a yearly window at most). */
    private static final Duration LONGEST_WINDOW = Duration.ofDays(366);

    private final InspectionTasks tasks;
    private final InspectionCycles cycles;
    private final RiskModel riskModel;
    private final HolidayCalendar holidays;
    private final StoppedUnits stoppedUnits;
    private final GenerationHorizon horizon;
    private final int threads;

    public CycleGeneration(InspectionTasks tasks, InspectionCycles cycles, RiskModel riskModel, HolidayCalendar holidays,
                           StoppedUnits stoppedUnits, GenerationHorizon horizon,
                           @Value("${dp.inspection.generation.threads:2}") int threads) {
        this.threads = Math.max(1, threads);
        this.stoppedUnits = stoppedUnits;
        this.horizon = horizon;
        this.tasks = tasks;
        this.cycles = cycles;
        this.riskModel = riskModel;
        this.holidays = holidays;
    }

    /** Generates the cycles starting in [from, to) of every task that has a schedule; returns how many were new. */
    public int generate(Instant from, Instant to) {
        return generate(tasks.generating(), from, to);
    }

    /**
     * One scheduler round at {@code now}: the cycles from the horizon (at the earliest {@code now - 1 day}) to
     * {@code now + ahead}, then the tasks changed since the previous round are reconciled. Returns how many cycles were new.
     */
    public int generateAhead(Instant now, Duration ahead) {
        Optional<GenerationHorizon.Horizon> before = horizon.current();
        Instant to = now.plus(ahead);
        Instant from = now.minus(Duration.ofDays(1));
        if (before.isPresent() && before.get().until().isAfter(from)) {
            from = before.get().until();
        }
        int created = from.isBefore(to) ? generate(from, to) : 0;
        horizon.advance(to, now);
        Instant changedSince = before.map(GenerationHorizon.Horizon::lastRoundStart).filter(s -> s.isBefore(now)).orElse(now);
        List<InspectionTask> changed = tasks.changedSince(changedSince);
        for (int first = 0; first < changed.size(); first += BATCH) {
            // the current cycles of a thousand tasks in one look-up, not one per task: after a day on which many tasks
            // were scheduled, one look-up per task was a scan of every cycle each on local mode's stand-in database
            List<InspectionTask> part = changed.subList(first, Math.min(changed.size(), first + BATCH));
            Map<String, List<InspectionCycle>> current = new HashMap<>();
            for (InspectionCycle cycle : cycles.notEndedOfTasks(part.stream().map(InspectionTask::id).toList(), now)) {
                current.computeIfAbsent(cycle.taskId(), id -> new ArrayList<>()).add(cycle);
            }
            for (InspectionTask task : part) {
                created += reconcile(task, now, true, current.getOrDefault(task.id(), List.of())).created();
            }
        }
        return created;
    }

    /**
     * Brings a task's future cycles in line with the task: cancels those not yet started, without a record, made from
     * another schedule / unit / content (all of them when the task no longer generates cycles), and generates the
     * task's cycles from {@code now} up to the horizon. Idempotent: reconciling again changes nothing.
     */
    public Reconciled reconcile(InspectionTask task, Instant now) {
        return reconcile(task, now, true);
    }

    /**
     * @param mayHaveCycles false when the task had no schedule before this change: a task without a schedule never
     *                      had a cycle (a schedule is never taken away), so there is nothing to cancel or to find under
     *                      way — and the look-up by task, an index range on MongoDB, is a scan of every cycle on local
     *                      mode's stand-in database (it made scheduling 20,000 new tasks take most of an hour)
     */
    public Reconciled reconcile(InspectionTask task, Instant now, boolean mayHaveCycles) {
        return reconcile(task, now, mayHaveCycles, mayHaveCycles ? cycles.notEndedOfTasks(List.of(task.id()), now) : List.of());
    }

    /** @param current the task's cycles whose window ends after {@code now} (under way or to come) */
    private Reconciled reconcile(InspectionTask task, Instant now, boolean mayHaveCycles, List<InspectionCycle> current) {
        String key = task.generatesCycles() ? task.cycleKey() : null;
        String reason = key == null ? CycleCancelled.TASK_RETIRED : CycleCancelled.SCHEDULE_CHANGED;
        int cancelled = 0;
        Set<String> cancelledNow = new HashSet<>();
        for (InspectionCycle cycle : current) {
            if (cycle.isReplaceable(now) && !Objects.equals(cycle.scheduleKey(), key) && cycles.cancel(cycle, reason)) {
                cancelled++;
                cancelledNow.add(cycle.id());
            }
        }
        int created = 0;
        Optional<Instant> until = horizon.current().map(GenerationHorizon.Horizon::until);
        if (key != null && until.isPresent() && now.isBefore(until.get())) {
            // A task with no cycle under way gets the window in progress too (a daily check set up at 10:00 is due
            // today); one with a cycle under way keeps it, and the new schedule starts with the next window.
            Instant from = mayHaveCycles && underWay(current, cancelledNow, now) ? now
                    : latest(task.schedule().taskStartTime(), now.minus(LONGEST_WINDOW));
            created = generate(List.of(task), from, until.get(), window -> window.end().isAfter(now));
        }
        return new Reconciled(cancelled, created);
    }

    /** True when one of the task's current cycles has started (within the second) and was not cancelled. */
    private static boolean underWay(List<InspectionCycle> current, Set<String> cancelledNow, Instant now) {
        return current.stream().anyMatch(c -> c.windowStart().isBefore(now.plusSeconds(1)) && c.windowEnd().isAfter(now)
                && c.state() != CycleState.CANCELLED && !cancelledNow.contains(c.id()));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** What reconciling a task did: cycles cancelled, cycles generated. */
    public record Reconciled(int cancelled, int created) {
    }

    /**
     * Generates the cycles starting in [from, to) of the given tasks. Large task lists are cut into
     * {@code dp.inspection.generation.threads} (2) parts generated side by side, so that one part builds and encodes
     * its next batch while the store is inserting the other's (the work is about half client, half database).
     */
    public int generate(List<InspectionTask> scheduled, Instant from, Instant to) {
        return generate(scheduled, from, to, window -> true);
    }

    /** As {@link #generate(List, Instant, Instant)}, keeping only the windows {@code keep} accepts. */
    public int generate(List<InspectionTask> scheduled, Instant from, Instant to, Predicate<CycleWindow> keep) {
        int parts = Math.min(threads, scheduled.size() / MIN_TASKS_PER_PART);
        if (parts <= 1) {
            return generatePart(scheduled, from, to, keep);
        }
        int size = (scheduled.size() + parts - 1) / parts;
        List<Future<Integer>> others = new ArrayList<>(parts - 1);
        try (ExecutorService pool = Executors.newFixedThreadPool(parts - 1, Thread.ofPlatform().name("cycle-generation-", 1).factory())) {
            for (int p = 1; p < parts; p++) {
                List<InspectionTask> part = scheduled.subList(p * size, Math.min(scheduled.size(), (p + 1) * size));
                others.add(pool.submit(() -> generatePart(part, from, to, keep)));
            }
            int created = generatePart(scheduled.subList(0, size), from, to, keep);
            for (Future<Integer> other : others) {
                created += other.get();
            }
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cycle generation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private int generatePart(List<InspectionTask> scheduled, Instant from, Instant to, Predicate<CycleWindow> keep) {
        Map<String, CycleGenerator> generators = new HashMap<>();
        Map<String, Map<String, List<String>>> holders = new HashMap<>();
        Set<String> units = new HashSet<>();
        for (InspectionTask task : scheduled) {
            if (task.generatesCycles() && task.unitId() != null) {
                units.add(task.unitId());
            }
        }
        Map<String, List<StoppedUnits.StopPeriod>> stops = units.isEmpty() ? Map.of()
                : stoppedUnits.periods(units, from, to.plus(LONGEST_WINDOW));
        List<InspectionCycle> batch = new ArrayList<>(BATCH);
        int created = 0;
        for (InspectionTask task : scheduled) {
            if (!task.generatesCycles()) {
                continue;
            }
            String key = task.cycleKey();
            CycleGenerator generator = generators.computeIfAbsent(task.enterpriseId(),
                    e -> new CycleGenerator(new CycleCalendar(riskModel.timeZone(e), holidays)));
            TaskSchedule schedule = task.schedule();
            List<String> assignees = schedule.assigneePersonId() != null ? List.of(schedule.assigneePersonId())
                    : holders.computeIfAbsent(task.enterpriseId(), riskModel::postHolders)
                    .getOrDefault(schedule.assigneePostId(), List.of());
            for (CycleWindow window : generator.windows(schedule, from, to)) {
                if (!keep.test(window)) {
                    continue;
                }
                CycleState state = task.unitId() != null && stops.getOrDefault(task.unitId(), List.of()).stream()
                        .anyMatch(stop -> stop.overlaps(window.start(), window.end())) ? CycleState.SUSPENDED : CycleState.OPEN;
                batch.add(new InspectionCycle(Ids.newId(), 1, task.groupId(), task.enterpriseId(), task.id(),
                        task.measureId(), task.unitId(), task.troubleshootContent(), schedule.workType().name(),
                        schedule.taskNum(), window.start(), window.end(), assignees, state, null, key));
                if (batch.size() == BATCH) {
                    created += cycles.addNew(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        return created + cycles.addNew(batch);
    }
}
