package cn.dualprevention.deploy.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives every unscheduled inspection task of the group its schedule ({@link ScheduleRules}) through
 * {@code PUT /api/v1/inspection-tasks/{id}/schedule}, as the enterprise's safety manager would. Tasks are defined
 * asynchronously from the measures' events, so it first waits until each enterprise's task list has stopped
 * growing. Tasks that already have a schedule are left alone (running it twice changes nothing).
 */
public final class TaskScheduling {

    private final Api api;
    private final Identity admin;
    private final Bounded bounded;
    private final PrintStream out;
    private final Duration settle;
    private final Duration patience;

    public TaskScheduling(Api api, Identity admin, Bounded bounded, PrintStream out, Duration settle, Duration patience) {
        this.api = api;
        this.admin = admin;
        this.bounded = bounded;
        this.out = out;
        this.settle = settle;
        this.patience = patience;
    }

    /** What scheduling did. */
    public record Result(int tasks, int scheduled, int alreadyScheduled, int withoutAssignee, int refused) {
    }

    /** Waits for the tasks, schedules those without one; returns the group with its tasks as they are afterwards. */
    public Group scheduleAll(Group group, Instant taskStart, GroupReader reader) {
        long start = System.nanoTime();
        List<Group.Enterprise> settled = new ArrayList<>();
        for (Group.Enterprise e : group.enterprises()) {
            settled.add(withTasks(e, awaitTasks(reader, e.id())));
        }
        AtomicInteger scheduled = new AtomicInteger();
        AtomicInteger already = new AtomicInteger();
        AtomicInteger nobody = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Callable<Void>> jobs = new ArrayList<>();
        int total = 0;
        for (Group.Enterprise e : settled) {
            for (Group.Task task : e.tasks()) {
                total++;
                if (task.scheduled()) {
                    already.incrementAndGet();
                    continue;
                }
                jobs.add(() -> {
                    Group.Measure measure = reader.measure(task.measureId());
                    Optional<Map<String, Object>> body = ScheduleRules.scheduleFor(e, task, measure, taskStart);
                    if (body.isEmpty()) {
                        nobody.incrementAndGet();
                        return null;
                    }
                    Api.Reply reply = api.put("/api/v1/inspection-tasks/" + GroupReader.q(task.id()) + "/schedule",
                            body.get(), admin);
                    if (reply.ok()) {
                        scheduled.incrementAndGet();
                    } else {
                        refused.incrementAndGet();
                        out.println("    schedule of task " + task.id() + " refused: " + reply.status() + " " + reply.json());
                    }
                    return null;
                });
            }
        }
        bounded.runAll(jobs);
        Result result = new Result(total, scheduled.get(), already.get(), nobody.get(), refused.get());
        out.printf("  schedules     %d tasks: %d scheduled now, %d had one, %d without anyone to do them, %d refused"
                        + " (%.1f s)%n", result.tasks(), result.scheduled(), result.alreadyScheduled(),
                result.withoutAssignee(), result.refused(), (System.nanoTime() - start) / 1e9);
        List<Group.Enterprise> after = new ArrayList<>();
        for (Group.Enterprise e : settled) {
            after.add(withTasks(e, reader.tasks(e.id())));
        }
        return new Group(group.groupId(), after);
    }

    /** Polls the enterprise's tasks until their number has not changed for {@code settle} (and is not zero). */
    List<Group.Task> awaitTasks(GroupReader reader, String enterpriseId) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<Group.Task> tasks = reader.tasks(enterpriseId);
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (!tasks.isEmpty() && System.nanoTime() - stableSince >= settle.toNanos()) {
                return tasks;
            }
            sleep(Math.max(200, settle.toMillis() / 3));
            List<Group.Task> again = reader.tasks(enterpriseId);
            if (again.size() != tasks.size()) {
                stableSince = System.nanoTime();
            }
            tasks = again;
        }
        return tasks;
    }

    private static Group.Enterprise withTasks(Group.Enterprise e, List<Group.Task> tasks) {
        return new Group.Enterprise(e.id(), e.name(), e.companyCode(), e.timeZone(), e.people(), e.posts(), e.units(),
                e.riskObjects(), tasks);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Api.ApiException("interrupted");
        }
    }
}
