package cn.dualprevention.inspection;

import cn.dualprevention.inspection.cycle.application.CycleGeneration;
import cn.dualprevention.inspection.cycle.domain.CycleCalendar;
import cn.dualprevention.inspection.cycle.domain.CycleGenerator;
import cn.dualprevention.inspection.cycle.domain.GenerationHorizon;
import cn.dualprevention.inspection.cycle.domain.HolidayCalendar;
import cn.dualprevention.inspection.cycle.domain.InspectionCycles;
import cn.dualprevention.inspection.cycle.domain.StoppedUnits;
import cn.dualprevention.inspection.riskmodel.domain.RiskModel;
import cn.dualprevention.inspection.task.domain.ControlMeasure;
import cn.dualprevention.inspection.task.domain.CycleUnit;
import cn.dualprevention.inspection.task.domain.InspectionTask;
import cn.dualprevention.inspection.task.domain.InspectionTasks;
import cn.dualprevention.inspection.task.domain.TaskSchedule;
import cn.dualprevention.inspection.task.domain.WorkDayType;
import cn.dualprevention.inspection.task.domain.WorkType;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Acceptance 1: 2,000 tasks of mixed cycles, a week generated twice and from two instances at once → no duplicates. */
@ServiceTest
class CycleGenerationIdempotencyTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    InspectionTasks tasks;
    @Autowired
    InspectionCycles cycles;
    @Autowired
    RiskModel riskModel;
    @Autowired
    HolidayCalendar holidays;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    StoppedUnits stoppedUnits;
    @Autowired
    GenerationHorizon horizon;

    @Test
    void aWeekOfCyclesForTwoThousandTasksIsGeneratedExactlyOnce() throws Exception {
        String enterpriseId = "plant-" + UUID.randomUUID();
        List<InspectionTask> plant = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            InspectionTask task = InspectionTask.define(Ids.newId(), new ControlMeasure("m-" + UUID.randomUUID(), "group-1",
                    enterpriseId, "ev", "unit-" + (i % 50), "INSPECTION", "巡检内容 " + i, "post-patrol", 1, false),
                    Instant.now(), "test");
            tasks.add(task, List.of());
            InspectionTask scheduled = task.schedule(schedule(i), Instant.now(), "test");
            tasks.update(scheduled, List.of());
            plant.add(scheduled);
        }
        // the National Day week: holidays and an adjusted working Saturday inside it
        Instant from = LocalDateTime.parse("2026-09-28T00:00").atZone(SHANGHAI).toInstant();
        Instant to = from.plus(java.time.Duration.ofDays(7));

        CycleGenerator calendar = new CycleGenerator(new CycleCalendar(SHANGHAI, holidays));
        long expected = plant.stream().mapToLong(t -> calendar.windows(t.schedule(), from, to).size()).sum();

        CycleGeneration one = new CycleGeneration(tasks, cycles, riskModel, holidays, stoppedUnits, horizon, 2);
        CycleGeneration two = new CycleGeneration(tasks, cycles, riskModel, holidays, stoppedUnits, horizon, 2);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> awaitThen(go, () -> one.generate(plant, from, to)));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> awaitThen(go, () -> two.generate(plant, from, to)));
        go.countDown();
        int createdConcurrently = first.get() + second.get();
        int createdAgain = one.generate(plant, from, to);

        assertThat(expected).isGreaterThan(3_000);
        assertThat(createdConcurrently).isEqualTo(expected);
        assertThat(createdAgain).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("enterpriseId").is(enterpriseId)
                .and("windowStart").gte(Date.from(from)).lt(Date.from(to))), "inspection_cycles")).isEqualTo(expected);
    }

    private static TaskSchedule schedule(int i) {
        Instant start = LocalDateTime.parse("2026-09-01T00:00").plusDays(i % 28).atZone(SHANGHAI).toInstant();
        WorkDayType days = WorkDayType.values()[i % 3];
        return switch (i % 10) {
            case 0 -> TaskSchedule.of(6, CycleUnit.HOUR, start, LocalTime.of(8, 0), LocalTime.of(20, 0), days,
                    WorkType.ROUTINE, null, "post-patrol", null);
            case 1, 2, 3, 4 -> TaskSchedule.of(1 + i % 2, CycleUnit.DAY, start, null, null, days, WorkType.ROUTINE, null,
                    "post-patrol", null);
            case 5, 6 -> TaskSchedule.of(1, CycleUnit.WEEK, start, null, null, days, WorkType.MAIN, 1 + i % 9, null, "p-main");
            case 7 -> TaskSchedule.of(1, CycleUnit.MONTH, start, null, null, days, WorkType.TECHNICAL, 1 + i % 9, null, "p-tech");
            case 8 -> TaskSchedule.of(1, CycleUnit.QUARTER, start, null, null, days, WorkType.ROUTINE, null, "post-patrol", null);
            default -> TaskSchedule.of(1, CycleUnit.YEAR, start, null, null, days, WorkType.ROUTINE, null, "post-patrol", null);
        };
    }

    private static int awaitThen(CountDownLatch go, java.util.function.IntSupplier job) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return job.getAsInt();
    }
}
