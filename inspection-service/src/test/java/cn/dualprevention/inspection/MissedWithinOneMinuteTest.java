package cn.dualprevention.inspection;

import cn.dualprevention.inspection.cycle.domain.CycleState;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.cycle.domain.InspectionCycles;
import cn.dualprevention.inspection.record.domain.CheckStatus;
import cn.dualprevention.inspection.record.domain.InspectionRecords;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.platform.test.TestClock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 4: a cycle that ends without a record has its "not inspected" record and {@code inspection.cycle.missed.v1}
 * within one minute of its window closing. The service's own scheduled job (as registered in the context: every
 * {@code dp.inspection.missed.interval}, 15 s) is run with the business clock pinned just before and one interval after
 * the window end: the job's next run after the close marks it, so the record is at most one interval late.
 */
@ServiceTest
class MissedWithinOneMinuteTest {

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    InspectionCycles cycles;
    @Autowired
    InspectionRecords records;
    @Autowired
    TestClock clock;
    @Autowired
    List<ScheduledTaskHolder> scheduling;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCycleEndingWithoutRecordIsMissedByTheJobsNextRunWellWithinOneMinute() {
        FixedDelayTask job = missedCycleJob();
        Duration interval = job.getIntervalDuration();
        assertThat(interval).isLessThanOrEqualTo(Duration.ofSeconds(15));

        Instant windowEnd = Instant.parse("2026-07-15T06:00:00Z");
        InspectionCycle cycle = new InspectionCycle(Ids.newId(), 1, "group-1", "ent-" + UUID.randomUUID(), Ids.newId(),
                "m-1", "unit-1", "巡检储罐", "ROUTINE", null, windowEnd.minus(Duration.ofHours(1)), windowEnd,
                List.of("zhao.lei"), CycleState.OPEN, null, "key");
        cycles.addNew(List.of(cycle));

        clock.set(windowEnd.minusSeconds(1)); // the run just before the window closes leaves it open
        job.getRunnable().run();
        assertThat(cycles.find(cycle.id()).orElseThrow().state()).isEqualTo(CycleState.OPEN);
        assertThat(records.ofCycle(cycle.id())).isEmpty();

        try (EventProbe probe = new EventProbe(brokers, "dp.inspection.events")) {
            clock.set(windowEnd.plus(interval).minusSeconds(1)); // the next run, one interval later
            job.getRunnable().run();
            assertThat(cycles.find(cycle.id()).orElseThrow().state()).isEqualTo(CycleState.MISSED);
            assertThat(records.ofCycle(cycle.id()).orElseThrow()).satisfies(r -> {
                assertThat(r.status()).isEqualTo(CheckStatus.NOT_INSPECTED);
                assertThat(r.checkTime()).isEqualTo(windowEnd);
                assertThat(r.submittedAt()).isBefore(windowEnd.plus(Duration.ofMinutes(1)));
            });
            List<ConsumerRecord<String, String>> missed = probe.await(r -> r.value().contains(cycle.id())
                    && r.value().contains("inspection.cycle.missed.v1"), 1, Duration.ofSeconds(30));
            assertThat(missed).hasSize(1);
        }
    }

    /** The missed-cycle job as the context scheduled it (its runnable describes itself by the scheduled method). */
    private FixedDelayTask missedCycleJob() {
        return scheduling.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask)
                .filter(task -> task instanceof FixedDelayTask
                        && task.getRunnable().toString().endsWith("MissedCycleScheduler.closeMissed"))
                .map(FixedDelayTask.class::cast).findFirst().orElseThrow();
    }
}
