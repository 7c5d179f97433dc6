package cn.dualprevention.assessment.warnings.domain;

import java.time.Instant;
import java.util.List;

/** 预警 — a warning as the API shows it; {@code state} ACTIVE or CLEARED. */
public record Warning(String id, String enterpriseId, SignalKind kind, String subjectType, String subjectId, String state,
                      String summary, List<Signal.Evidence> evidence, Instant raisedAt, Instant clearedAt,
                      int raisedCount) {
}
