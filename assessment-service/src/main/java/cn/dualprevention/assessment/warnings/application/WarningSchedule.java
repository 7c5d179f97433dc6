package cn.dualprevention.assessment.warnings.application;

import cn.dualprevention.assessment.AssessmentProperties;
import cn.dualprevention.platform.scheduling.ClusterLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Scans every enterprise for warning signs, on one instance at a time. */
@Component
class WarningSchedule {

    private final WarningWatch watch;
    private final ClusterLock lock;
    private final AssessmentProperties properties;

    WarningSchedule(WarningWatch watch, ClusterLock lock, AssessmentProperties properties) {
        this.watch = watch;
        this.lock = lock;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${dp.assessment.warnings.interval:PT10M}", initialDelayString = "PT2M")
    void scheduled() {
        if (properties.jobsEnabled()) {
            lock.runExclusively("assessment-warning-scan", Duration.ofMinutes(30), watch::scanAll);
        }
    }
}
