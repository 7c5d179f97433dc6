package cn.dualprevention.risk.riskregister.application;

import cn.dualprevention.platform.scheduling.ClusterLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Sweeps for risk register imports that stopped half-way and completes them, on one instance at a time
 * ({@code dp.risk.import.resume.*}; off with {@code scheduled: false}).
 */
@Component
@ConditionalOnProperty(name = "dp.risk.import.resume.scheduled", havingValue = "true", matchIfMissing = true)
class ImportResumeSchedule {

    private final ImportApplier applier;
    private final ClusterLock lock;
    private final Duration grace;

    ImportResumeSchedule(ImportApplier applier, ClusterLock lock,
                         @org.springframework.beans.factory.annotation.Value("${dp.risk.import.resume.grace:PT2M}") Duration grace) {
        this.applier = applier;
        this.lock = lock;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${dp.risk.import.resume.interval:PT1M}", initialDelayString = "PT1M")
    void resume() {
        lock.runExclusively("risk-register-import-resume", Duration.ofMinutes(10), () -> applier.resumeUnfinished(grace));
    }
}
