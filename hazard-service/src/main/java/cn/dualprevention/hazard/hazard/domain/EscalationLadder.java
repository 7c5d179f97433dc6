package cn.dualprevention.hazard.hazard.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * 超期升级阶梯 — whom to notify how long after a remediation deadline has passed, e.g. at the deadline the
 * responsible person, one day later the department head, three days later the plant's main responsible
 * person. A deadline is a date in the plant's time zone and passes at the end of that day.
 */
public record EscalationLadder(List<Rung> rungs, ZoneId zone) {

    /** One rung: {@code after} the deadline has passed, notify {@code notified} (a role or a person). */
    public record Rung(Duration after, String notified) {
    }

    public EscalationLadder {
        rungs = List.copyOf(rungs);
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
    }

    /** The moment {@code deadline} has passed: the start of the next day in the plant's zone. */
    public Instant passedAt(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }
}
