package cn.dualprevention.inspection.task.domain;

import cn.dualprevention.inspection.cycle.domain.CycleState;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes a task's future cycles stale, and which cycles a schedule change may still replace. */
class CycleKeyTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void theKeyFollowsScheduleUnitAndContentOnly() {
        InspectionTask task = task("post-patrol", "检查泵区密封");
        assertThat(task.cycleKey()).isEqualTo(task("post-patrol", "检查泵区密封").cycleKey());
        assertThat(task.cycleKey()).isNotEqualTo(task("post-night", "检查泵区密封").cycleKey());
        assertThat(task.cycleKey()).isNotEqualTo(task("post-patrol", "检查泵区密封与振动").cycleKey());
        InspectionTask later = task.schedule(task.schedule(), AT.plusSeconds(60), "someone else");
        assertThat(later.cycleKey()).isEqualTo(task.cycleKey()); // the same schedule set again
    }

    @Test
    void onlyCyclesNotYetStartedOpenOrSuspendedAndWithoutRecordAreReplaceable() {
        assertThat(cycle(AT, CycleState.OPEN, null).isReplaceable(AT)).isTrue();
        assertThat(cycle(AT.plusSeconds(1), CycleState.SUSPENDED, null).isReplaceable(AT)).isTrue();
        assertThat(cycle(AT.minusSeconds(1), CycleState.OPEN, null).isReplaceable(AT)).isFalse();
        assertThat(cycle(AT.plusSeconds(60), CycleState.DONE, "r-1").isReplaceable(AT)).isFalse();
        assertThat(cycle(AT.plusSeconds(60), CycleState.OPEN, "r-1").isReplaceable(AT)).isFalse();
        assertThat(cycle(AT.plusSeconds(60), CycleState.CANCELLED, null).isReplaceable(AT)).isFalse();
    }

    private static InspectionTask task(String post, String content) {
        return InspectionTask.define("t-1", new ControlMeasure("m-1", "g", "e", "ev", "u-1", "INSPECTION", content,
                post, 1, false), AT, "test").schedule(TaskSchedule.of(2, CycleUnit.HOUR, AT, LocalTime.of(8, 0),
                LocalTime.of(18, 0), WorkDayType.EVERY_DAY, WorkType.ROUTINE, null, post, null), AT, "test");
    }

    private static InspectionCycle cycle(Instant start, CycleState state, String recordId) {
        return new InspectionCycle("c-1", 1, "g", "e", "t-1", "m-1", "u-1", "巡检", "ROUTINE", null, start,
                start.plus(Duration.ofHours(1)), List.of("zhao"), state, recordId, "key");
    }
}
