package cn.dualprevention.hazard.hazard.application;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the overdue escalation every {@code dp.hazard.escalation.interval} (off with {@code scheduled: false}). */
@Component
@ConditionalOnProperty(name = "dp.hazard.escalation.scheduled", havingValue = "true", matchIfMissing = true)
class OverdueEscalationSchedule {

    private final OverdueEscalation escalation;

    OverdueEscalationSchedule(OverdueEscalation escalation) {
        this.escalation = escalation;
    }

    @Scheduled(fixedDelayString = "${dp.hazard.escalation.interval:PT5M}", initialDelayString = "PT1M")
    void escalate() {
        escalation.run();
    }
}
