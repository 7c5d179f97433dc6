package cn.dualprevention.hazard.hazard.application;

import cn.dualprevention.hazard.hazard.domain.EscalationLadder;
import cn.dualprevention.hazard.hazard.domain.Hazard;
import cn.dualprevention.hazard.hazard.domain.Hazards;
import cn.dualprevention.hazard.hazard.domain.StepTaken;
import cn.dualprevention.platform.errors.ConcurrentChangeException;
import cn.dualprevention.platform.scheduling.ClusterLock;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * 超期升级 — walks the hazards whose remediation deadline has passed and fires the rungs of the ladder that are
 * due, each once per hazard and deadline: the fired rungs are kept in the hazard document and written with
 * optimistic locking, so a restart, a second run or a second instance fires nothing twice. Runs under the
 * cluster lock {@value #LOCK}.
 */
@Component
public class OverdueEscalation {

    static final String LOCK = "hazard-overdue-escalation";
    private static final Logger log = LoggerFactory.getLogger(OverdueEscalation.class);

    private final Hazards hazards;
    private final ClusterLock lock;
    private final EscalationLadder ladder;
    private final Clock clock;

    public OverdueEscalation(Hazards hazards, ClusterLock lock, EscalationSettings settings, Clock clock) {
        this.hazards = hazards;
        this.lock = lock;
        this.ladder = settings.ladder();
        this.clock = clock;
    }

    /** Runs one pass if no other instance is running one; returns the number of rungs fired here. */
    public int run() {
        int[] fired = {0};
        lock.runExclusively(LOCK, Duration.ofMinutes(10), () -> fired[0] = escalateDue());
        return fired[0];
    }

    private int escalateDue() {
        Instant now = clock.instant();
        int fired = 0;
        for (Hazard hazard : hazards.remediatingWithDeadlineBefore(ladder.today(now).plusDays(1))) {
            List<StepTaken> steps = hazard.escalate(ladder, now);
            if (steps.isEmpty()) {
                continue;
            }
            Caller previous = CallerContext.current().orElse(null);
            CallerContext.bind(Caller.system("overdue-escalation", hazard.groupId()));
            try {
                hazards.update(hazard, HazardEvents.of(hazard, steps));
                fired += steps.size();
            } catch (ConcurrentChangeException e) {
                log.info("hazard {} changed meanwhile; its overdue steps are left to the next pass", hazard.id());
            } finally {
                if (previous == null) {
                    CallerContext.clear();
                } else {
                    CallerContext.bind(previous);
                }
            }
        }
        return fired;
    }
}
