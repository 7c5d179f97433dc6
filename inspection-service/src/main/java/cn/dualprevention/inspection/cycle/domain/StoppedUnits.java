package cn.dualprevention.inspection.cycle.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** When units are stopped (停用检修): a cycle whose window overlaps a stop of its unit is suspended, never missed. */
public interface StoppedUnits {

    /** The stops of a unit that overlap [from, to). */
    List<StopPeriod> periods(String unitId, Instant from, Instant to);

    /**
     * The stops overlapping [from, to) of each of these units; a unit without any is absent. Generation asks once for
     * all units of its tasks instead of once per unit (thousands of look-ups a round); a store should override this
     * with one query.
     */
    default Map<String, List<StopPeriod>> periods(Collection<String> unitIds, Instant from, Instant to) {
        Map<String, List<StopPeriod>> result = new HashMap<>();
        for (String unitId : unitIds) {
            List<StopPeriod> periods = periods(unitId, from, to);
            if (!periods.isEmpty()) {
                result.put(unitId, periods);
            }
        }
        return result;
    }

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
