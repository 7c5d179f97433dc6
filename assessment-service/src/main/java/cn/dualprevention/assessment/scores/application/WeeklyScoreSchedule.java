package cn.dualprevention.assessment.scores.application;

import cn.dualprevention.assessment.AssessmentProperties;
import cn.dualprevention.platform.scheduling.ClusterLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Every minute one instance checks whether any enterprise has passed Monday 00:00 in its own time zone
 * without its last week being scored, and scores it — so the score appears at the start of each enterprise's week
 * (and a week missed while the service was down is caught up).
 */
@Component
public class WeeklyScoreSchedule {

    private final WeeklyScoring scoring;
    private final ClusterLock lock;
    private final AssessmentProperties properties;

    WeeklyScoreSchedule(WeeklyScoring scoring, ClusterLock lock, AssessmentProperties properties) {
        this.scoring = scoring;
        this.lock = lock;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${dp.assessment.scoring.interval:PT1M}", initialDelayString = "PT30S")
    void scheduled() {
        if (properties.jobsEnabled()) {
            runOnce();
        }
    }

    /** One round of the job under the cluster lock; true when it ran on this instance. */
    public boolean runOnce() {
        return lock.runExclusively("assessment-weekly-scores", Duration.ofMinutes(30), scoring::scoreLastWeeks);
    }
}
