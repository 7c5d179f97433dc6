package cn.dualprevention.inspection;

import cn.dualprevention.inspection.cycle.application.CycleGeneration;
import cn.dualprevention.inspection.cycle.domain.CycleState;
import cn.dualprevention.inspection.cycle.domain.GenerationHorizon;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.cycle.domain.InspectionCycles;
import cn.dualprevention.inspection.task.domain.InspectionTask;
import cn.dualprevention.inspection.task.domain.InspectionTasks;
import cn.dualprevention.inspection.task.domain.CycleUnit;
import cn.dualprevention.inspection.task.domain.TaskSchedule;
import cn.dualprevention.inspection.task.domain.WorkDayType;
import cn.dualprevention.inspection.task.domain.WorkType;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.platform.test.TestClock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A changed schedule replaces the task's cycles not yet started (cancelled with an event, the new ones generated up to
 * the horizon); started cycles keep their history; the same change again does nothing; a retired task's future cycles
 * are cancelled. Scheduler rounds generate only beyond the horizon.
 */
@ServiceTest
class CycleRegenerationTest {

    /** Monday 2 March 2026, 10:00 in Shanghai (in the past: the broker refuses event times far ahead). */
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    InspectionTasks tasks;
    @Autowired
    InspectionCycles cycles;
    @Autowired
    CycleGeneration generation;
    @Autowired
    GenerationHorizon horizon;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;

    String group;
    String enterpriseId;
    ApiClient manager;

    @BeforeEach
    void plant() {
        group = "group-" + UUID.randomUUID();
        enterpriseId = "ent-" + UUID.randomUUID();
        manager = ApiClient.as("http://localhost:" + port, "safety.manager", group).withRoles("SAFETY_MANAGER");
        clock.set(NOW);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        // the horizon is shared by the whole context: the other tests start without one
        mongo.remove(Query.query(Criteria.where("_id").is("horizon")), "cycle_generation");
    }

    @Test
    void aNewScheduleReplacesTheCyclesNotYetStartedAndARetiredTaskKeepsOnlyItsHistory() {
        String measureId = "m-" + UUID.randomUUID();
        String taskId = taskOfNewMeasure(measureId, "检查泵区密封");
        String path = "/api/v1/inspection-tasks/" + taskId + "/schedule";
        String daily = """
                {"cycle":1,"cycleUnit":"DAY","taskStartTime":"2026-02-28T00:00:00Z","workDayType":"EVERY_DAY",
                 "workType":"ROUTINE","assigneePersonId":"wang.fang"}""";
        assertThat(manager.put(path, daily).status()).isEqualTo(200);

        // a scheduler round: yesterday to three days ahead (the day in progress started 2026-03-01T16:00Z)
        int created = generation.generateAhead(NOW, Duration.ofDays(3));
        assertThat(created).isGreaterThanOrEqualTo(4);
        List<InspectionCycle> before = live(taskId);
        assertThat(before).extracting(c -> c.windowStart().toString()).containsExactly(
                "2026-03-01T16:00:00Z", "2026-03-02T16:00:00Z", "2026-03-03T16:00:00Z", "2026-03-04T16:00:00Z");
        InspectionCycle started = before.get(0); // 03-03 00:00 to 24:00 in Shanghai: under way at NOW
        generation.generateAhead(NOW.plusSeconds(60), Duration.ofDays(3)); // the next round: beyond the horizon only
        assertThat(live(taskId)).isEqualTo(before);

        // day shift 08:00–17:00, done by li.qiang from now on
        String dayShift = """
                {"cycle":1,"cycleUnit":"DAY","taskStartTime":"2026-02-28T00:00:00Z","workStartTime":"08:00:00",
                 "workEndTime":"17:00:00","workDayType":"EVERY_DAY","workType":"ROUTINE","assigneePersonId":"li.qiang"}""";
        try (EventProbe probe = new EventProbe(brokers, "dp.inspection.events")) {
            assertThat(manager.put(path, dayShift).status()).isEqualTo(200);
            List<InspectionCycle> after = live(taskId);
            assertThat(after).extracting(c -> c.windowStart().toString()).containsExactly(
                    "2026-03-01T16:00:00Z", "2026-03-03T00:00:00Z", "2026-03-04T00:00:00Z", "2026-03-05T00:00:00Z");
            assertThat(after.subList(1, 4)).allSatisfy(c -> {
                assertThat(c.assigneePersonIds()).containsExactly("li.qiang");
                assertThat(c.windowEnd()).isEqualTo(c.windowStart().plus(Duration.ofHours(9)));
            });
            assertThat(cycles.find(started.id()).orElseThrow()).isEqualTo(started); // under way: kept as it was
            Set<String> replaced = before.subList(1, 4).stream().map(InspectionCycle::id).collect(Collectors.toSet());
            assertThat(replaced).allSatisfy(id -> assertThat(cycles.find(id).orElseThrow().state()).isEqualTo(CycleState.CANCELLED));
            List<ConsumerRecord<String, String>> cancelled = probe.await(r -> r.value().contains("inspection.cycle.cancelled.v1")
                    && replaced.stream().anyMatch(r.value()::contains), 3, Duration.ofSeconds(30));
            assertThat(cancelled).hasSize(3).allSatisfy(r -> assertThat(r.value()).contains("SCHEDULE_CHANGED"));
            Set<String> added = after.subList(1, 4).stream().map(InspectionCycle::id).collect(Collectors.toSet());
            assertThat(probe.await(r -> r.value().contains("inspection.cycle.generated.v1")
                    && added.stream().anyMatch(r.value()::contains), 3, Duration.ofSeconds(30))).hasSize(3);
        }
        assertThat(ApiClient.as("http://localhost:" + port, "wang.fang", group).withRoles("INSPECTOR").get("/api/v1/me/inbox").json()
                .get("upcoming").size()).isZero();

        // the same schedule again (a double click, a replay): nothing changes
        List<InspectionCycle> settled = live(taskId);
        assertThat(manager.put(path, dayShift).status()).isEqualTo(200);
        assertThat(live(taskId)).isEqualTo(settled);

        // the measure is deleted: the task retires, its cycles to come are cancelled, the one under way stays
        Scenario.publish(kafka, "risk.measure.deleted.v1", group, enterpriseId, measureId, 2,
                Scenario.measure(measureId, "unit-r", enterpriseId, "INSPECTION", "检查泵区密封"));
        await().atMost(Duration.ofSeconds(30)).until(() -> live(taskId).size() == 1);
        assertThat(live(taskId)).extracting(InspectionCycle::id).containsExactly(started.id());
        assertThat(cycles.find(settled.get(3).id()).orElseThrow().state()).isEqualTo(CycleState.CANCELLED);
        generation.generateAhead(NOW.plus(Duration.ofHours(1)), Duration.ofDays(4)); // a retired task gets no more
        assertThat(live(taskId)).extracting(InspectionCycle::id).containsExactly(started.id());
    }

    @Test
    void aDailyCheckSetUpDuringTheDayIsDueThatSameDay() {
        String measureId = "m-" + UUID.randomUUID();
        String taskId = taskOfNewMeasure(measureId, "检查LNG储罐液位计");
        generation.generateAhead(NOW, Duration.ofDays(2)); // the scheduler has run before the task is set up

        // set up at 10:00 to start at 09:30 (Shanghai): today's check runs from 09:30 to midnight
        String daily = """
                {"cycle":1,"cycleUnit":"DAY","taskStartTime":"2026-03-02T01:30:00Z","workDayType":"EVERY_DAY",
                 "workType":"ROUTINE","assigneePersonId":"zhao.min"}""";
        assertThat(manager.put("/api/v1/inspection-tasks/" + taskId + "/schedule", daily).status()).isEqualTo(200);
        List<InspectionCycle> live = live(taskId);
        assertThat(live).isNotEmpty();
        assertThat(live.get(0).windowStart()).isEqualTo(Instant.parse("2026-03-02T01:30:00Z"));
        assertThat(live.get(0).windowEnd()).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
        assertThat(ApiClient.as("http://localhost:" + port, "zhao.min", group).withRoles("INSPECTOR").get("/api/v1/me/inbox").json()
                .get("dueNow").size()).isEqualTo(1);

        // hourly rounds 08:00–18:00 set up at 10:00: the rounds already over are not owed, the one starting now is
        String hourly = """
                {"cycle":1,"cycleUnit":"HOUR","taskStartTime":"2026-03-02T00:00:00Z","workStartTime":"08:00:00",
                 "workEndTime":"18:00:00","workDayType":"EVERY_DAY","workType":"ROUTINE","assigneePersonId":"zhao.min"}""";
        String measure2 = "m-" + UUID.randomUUID();
        String hourlyTask = taskOfNewMeasure(measure2, "巡检BOG压缩机");
        assertThat(manager.put("/api/v1/inspection-tasks/" + hourlyTask + "/schedule", hourly).status()).isEqualTo(200);
        assertThat(live(hourlyTask).get(0).windowStart()).isEqualTo(NOW);
    }

    @Test
    void aScheduleChangeWhoseOwnReconcilingWasCutShortIsSettledByTheNextSchedulerRound() {
        String measureId = "m-" + UUID.randomUUID();
        String taskId = taskOfNewMeasure(measureId, "检查罐区可燃气体检测报警器");
        assertThat(manager.put("/api/v1/inspection-tasks/" + taskId + "/schedule", """
                {"cycle":1,"cycleUnit":"DAY","taskStartTime":"2026-02-28T00:00:00Z","workDayType":"EVERY_DAY",
                 "workType":"ROUTINE","assigneePersonId":"wang.fang"}""").status()).isEqualTo(200);
        generation.generateAhead(NOW, Duration.ofDays(3));
        List<InspectionCycle> before = live(taskId);
        assertThat(before).hasSize(4);

        // the day shift is stored, and the instance stops before it reconciles the cycles (no reconcile call here)
        InspectionTask task = tasks.find(taskId).orElseThrow();
        InspectionTask dayShift = task.schedule(TaskSchedule.of(1, CycleUnit.DAY, Instant.parse("2026-02-28T00:00:00Z"),
                LocalTime.of(8, 0), LocalTime.of(17, 0), WorkDayType.EVERY_DAY, WorkType.ROUTINE, null, null, "li.qiang"),
                NOW.plusSeconds(10), "safety.manager");
        tasks.update(dayShift, List.of());
        assertThat(live(taskId)).isEqualTo(before);

        generation.generateAhead(NOW.plusSeconds(60), Duration.ofDays(3)); // the next round settles every changed task
        List<InspectionCycle> after = live(taskId);
        assertThat(after).extracting(c -> c.windowStart().toString()).containsExactly(
                "2026-03-01T16:00:00Z", "2026-03-03T00:00:00Z", "2026-03-04T00:00:00Z", "2026-03-05T00:00:00Z");
        assertThat(after.get(0)).isEqualTo(before.get(0)); // under way: kept
        assertThat(after.subList(1, 4)).allSatisfy(c -> assertThat(c.assigneePersonIds()).containsExactly("li.qiang"));
        assertThat(before.subList(1, 4)).allSatisfy(c -> assertThat(cycles.find(c.id()).orElseThrow().state())
                .isEqualTo(CycleState.CANCELLED));
    }

    /** The task's cycles that are not cancelled, earliest first. */
    /** Publishes a new inspection measure of unit-r and returns the task inspection-service derives from it. */
    private String taskOfNewMeasure(String measureId, String content) {
        Scenario.publish(kafka, "risk.measure.created.v1", group, enterpriseId, measureId, 1,
                Scenario.measure(measureId, "unit-r", enterpriseId, "INSPECTION", content));
        await().atMost(Duration.ofSeconds(30)).until(() -> tasks.ofMeasure(measureId).isPresent());
        return tasks.ofMeasure(measureId).orElseThrow().id();
    }

    private List<InspectionCycle> live(String taskId) {
        return cycles.ofTask(taskId, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(30))).stream()
                .filter(c -> c.state() != CycleState.CANCELLED).toList();
    }
}
