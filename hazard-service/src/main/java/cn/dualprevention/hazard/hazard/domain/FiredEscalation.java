package cn.dualprevention.hazard.hazard.domain;

import java.time.Instant;
import java.time.LocalDate;

/** 超期升级 — a rung of the overdue ladder that has fired for the hazard's deadline {@code deadline}. */
public record FiredEscalation(int step, LocalDate deadline, String notified, Instant at) {
}
