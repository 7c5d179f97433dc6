package cn.dualprevention.inspection.cycle.application;

import cn.dualprevention.platform.scheduling.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps cycles generated {@code dp.inspection.generation.ahead} (7 days) ahead, on one instance at a time; each round
 * generates only what lies beyond the previous round's horizon, and reconciles the tasks changed since then.
 */
@Component
class CycleScheduler {

    private static final Logger log = LoggerFactory.getLogger(CycleScheduler.class);

    private final CycleGeneration generation;
    private final ClusterLock lock;
    private final Clock clock;
    private final Duration ahead;

    CycleScheduler(CycleGeneration generation, ClusterLock lock, Clock clock,
                   @Value("${dp.inspection.generation.ahead:P7D}") Duration ahead) {
        this.generation = generation;
        this.lock = lock;
        this.clock = clock;
        this.ahead = ahead;
    }

    @Scheduled(initialDelayString = "${dp.inspection.generation.initial-delay:PT30S}",
            fixedDelayString = "${dp.inspection.generation.interval:PT10M}")
    void generateAhead() {
        try {
            lock.runExclusively("inspection-cycle-generation", Duration.ofMinutes(30), () -> {
                Instant now = clock.instant();
                int created = generation.generateAhead(now, ahead);
                if (created > 0) {
                    log.info("generated {} inspection cycle(s) up to {}", created, now.plus(ahead));
                }
            });
        } catch (RuntimeException e) {
            log.warn("cycle generation failed, retrying next round: {}", e.toString());
        }
    }
}
