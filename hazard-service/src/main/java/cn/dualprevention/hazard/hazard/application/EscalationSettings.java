package cn.dualprevention.hazard.hazard.application;

import cn.dualprevention.hazard.hazard.domain.EscalationLadder;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code dp.hazard.escalation}: the overdue ladder (whom to notify how long after the deadline has passed), the
 * plants' time zone, and how often the job looks for overdue hazards.
 */
@ConfigurationProperties("dp.hazard.escalation")
public record EscalationSettings(List<Step> steps, ZoneId zone, Duration interval, Boolean scheduled) {

    /** One rung: {@code after} the deadline, notify {@code notified} (a role or person). */
    public record Step(Duration after, String notified) {
    }

    public EscalationSettings {
        steps = steps == null || steps.isEmpty() ? List.of(
                new Step(Duration.ZERO, "RESPONSIBLE_PERSON"),
                new Step(Duration.ofDays(1), "DEPARTMENT_HEAD"),
                new Step(Duration.ofDays(3), "PLANT_MAIN_RESPONSIBLE_PERSON")) : List.copyOf(steps);
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        interval = interval == null ? Duration.ofMinutes(5) : interval;
        scheduled = scheduled == null || scheduled;
    }

    public EscalationLadder ladder() {
        return new EscalationLadder(steps.stream().map(s -> new EscalationLadder.Rung(s.after(), s.notified())).toList(), zone);
    }
}
