package cn.dualprevention.inspection.cycle.application;

import cn.dualprevention.inspection.cycle.domain.CycleState;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.cycle.domain.InspectionCycles;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the inspector's phone and the safety manager read about cycles. Only the caller's own cycles reach the inbox. */
@Service
public class CycleQueries {

    private static final int LIMIT = 200;

    private final InspectionCycles cycles;
    private final Clock clock;

    public CycleQueries(InspectionCycles cycles, Clock clock) {
        this.cycles = cycles;
        this.clock = clock;
    }

    public Inbox inboxOfCaller() {
        Caller caller = CallerContext.require();
        Instant now = clock.instant();
        List<InspectionCycle> current = cycles.ofPerson(caller.groupId(), caller.userId(), now, now.plus(Duration.ofHours(24)), LIMIT);
        List<InspectionCycle> dueNow = current.stream()
                .filter(c -> c.state() == CycleState.OPEN && !c.windowStart().isAfter(now)).toList();
        List<InspectionCycle> upcoming = current.stream()
                .filter(c -> c.state() == CycleState.OPEN && c.windowStart().isAfter(now)).toList();
        return new Inbox(dueNow, upcoming, cycles.overdueOfPerson(caller.groupId(), caller.userId(), now, LIMIT));
    }

    public InspectionCycle get(String id) {
        InspectionCycle cycle = cycles.find(id).orElseThrow(() -> new NotFoundException("inspection cycle", id));
        CallerContext.require().requireAccess(cycle.groupId(), cycle.enterpriseId(), "inspection cycle", id);
        return cycle;
    }
}
