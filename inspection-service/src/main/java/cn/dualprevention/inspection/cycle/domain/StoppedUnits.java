package cn.dualprevention.inspection.cycle.domain;

import java.time.Instant;
import java.util.List;

/** When units are stopped (停用检修): a cycle whose window overlaps a stop of its unit is suspended, never missed. */
public interface StoppedUnits {

    /** The stops of a unit that overlap [from, to). */
    List<StopPeriod> periods(String unitId, Instant from, Instant to);

    default boolean stoppedDuring(String unitId, Instant from, Instant to) {
        return unitId != null && !periods(unitId, from, to).isEmpty();
    }

    /** One stop: from {@code start} to {@code end} (null: until ended). */
    record StopPeriod(Instant start, Instant end) {

        public boolean overlaps(Instant from, Instant to) {
            return start.isBefore(to) && (end == null || end.isAfter(from));
        }
    }
}
