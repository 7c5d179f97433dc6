package cn.dualprevention.inspection.record.application;

import cn.dualprevention.inspection.cycle.domain.CycleState;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.cycle.domain.InspectionCycles;
import cn.dualprevention.inspection.cycle.domain.StoppedUnits;
import cn.dualprevention.inspection.record.domain.CheckStatus;
import cn.dualprevention.inspection.record.domain.CycleMissed;
import cn.dualprevention.inspection.record.domain.InspectionRecord;
import cn.dualprevention.inspection.record.domain.InspectionRecords;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * 漏检 — closes the cycles whose window ended without a record: each gets a NOT_INSPECTED record carrying
 * {@code inspection.cycle.missed.v1} and becomes MISSED. Exactly once per cycle, however often and from however many
 * instances it runs: the record is unique per cycle, and the cycle moves from OPEN only once. Cycles of a stopped unit
 * are suspended instead.
 */
@Service
public class MissedCycles {

    private static final int PAGE = 500;

    private final InspectionCycles cycles;
    private final InspectionRecords records;
    private final StoppedUnits stops;
    private final Clock clock;

    public MissedCycles(InspectionCycles cycles, InspectionRecords records, StoppedUnits stops, Clock clock) {
        this.cycles = cycles;
        this.records = records;
        this.stops = stops;
        this.clock = clock;
    }

    /** Closes every OPEN cycle that ended by now; returns how many it marked missed. */
    public int closeEnded() {
        Instant now = clock.instant();
        int missed = 0;
        while (true) {
            List<InspectionCycle> ended = cycles.openEndedBy(now, PAGE);
            for (InspectionCycle cycle : ended) {
                if (close(cycle, now)) {
                    missed++;
                }
            }
            if (ended.size() < PAGE) {
                return missed;
            }
        }
    }

    private boolean close(InspectionCycle cycle, Instant now) {
        if (stops.stoppedDuring(cycle.unitId(), cycle.windowStart(), cycle.windowEnd())) {
            cycles.close(cycle.id(), CycleState.SUSPENDED, null);
            return false;
        }
        InspectionRecord record = InspectionRecord.missed(Ids.newId(), cycle, now);
        var added = records.add(record, new NewEvent(CycleMissed.TYPE, cycle.groupId(), cycle.enterpriseId(),
                record.id(), record.missedEvent(cycle)));
        if (added == InspectionRecords.Added.ADDED) {
            cycles.close(cycle.id(), CycleState.MISSED, record.id());
            return true;
        }
        // someone recorded the cycle first (a phone, or another instance): settle the cycle by that record
        records.ofCycle(cycle.id()).ifPresent(existing -> cycles.close(cycle.id(),
                existing.status() == CheckStatus.NOT_INSPECTED ? CycleState.MISSED : CycleState.DONE, existing.id()));
        return false;
    }
}
