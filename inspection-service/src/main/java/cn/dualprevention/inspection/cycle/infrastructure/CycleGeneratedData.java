package cn.dualprevention.inspection.cycle.infrastructure;

import cn.dualprevention.inspection.cycle.domain.CycleGenerated;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 周期生成事件数据 — the {@code data} of {@code inspection.cycle.generated.v1} exactly as the event mapper writes a
 * {@link CycleGenerated} (same properties, same order, the window as ISO-8601 text), with the window's instants
 * written once per batch instead of once per cycle: a day's two million cycles share a few dozen window starts and
 * ends, and formatting an {@code Instant} was ≈ 7 % of the generating threads' CPU (docs/benchmarks.md, third round).
 * {@code CycleGeneratedDataTest} holds it to the record's JSON.
 */
record CycleGeneratedData(String cycleId, String taskId, String measureId, String unitId, String enterpriseId,
                          String windowStart, String windowEnd, String workType, Integer taskNum,
                          List<String> assigneePersonIds, String state) {

    /** The instants of one batch as text (one batch, one thread). */
    static final class InstantText {

        private final Map<Instant, String> texts = new HashMap<>();

        String of(Instant instant) {
            return instant == null ? null : texts.computeIfAbsent(instant, Instant::toString);
        }
    }

    static CycleGeneratedData of(CycleGenerated event, InstantText instants) {
        return new CycleGeneratedData(event.cycleId(), event.taskId(), event.measureId(), event.unitId(),
                event.enterpriseId(), instants.of(event.windowStart()), instants.of(event.windowEnd()), event.workType(),
                event.taskNum(), event.assigneePersonIds(), event.state());
    }
}
