package cn.dualprevention.inspection.record.application;

import cn.dualprevention.platform.scheduling.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Looks for missed cycles every {@code dp.inspection.missed.interval} (15 s), on one instance at a time. */
@Component
class MissedCycleScheduler {

    private static final Logger log = LoggerFactory.getLogger(MissedCycleScheduler.class);

    private final MissedCycles missedCycles;
    private final ClusterLock lock;

    MissedCycleScheduler(MissedCycles missedCycles, ClusterLock lock) {
        this.missedCycles = missedCycles;
        this.lock = lock;
    }

    @Scheduled(initialDelayString = "${dp.inspection.missed.initial-delay:PT15S}",
            fixedDelayString = "${dp.inspection.missed.interval:PT15S}")
    void closeMissed() {
        try {
            lock.runExclusively("inspection-missed-cycles", Duration.ofMinutes(5), () -> {
                int missed = missedCycles.closeEnded();
                if (missed > 0) {
                    log.info("{} inspection cycle(s) missed", missed);
                }
            });
        } catch (RuntimeException e) {
            log.warn("missed-cycle detection failed, retrying next round: {}", e.toString());
        }
    }
}
