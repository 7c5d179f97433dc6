package cn.dualprevention.hazard.hazard.domain;

import java.time.Instant;
import java.time.LocalDate;

/** 延期申请 — a pending request to move the remediation deadline. */
public record ExtensionRequest(String requestedBy, LocalDate requestedDeadline, String reason, Instant at) {
}
