package cn.dualprevention.hazard.hazard.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One step of a hazard's history: who, when, from-state, to-state, what changed, evidence, reason or comment. */
public record HistoryEntryResponse(String step, String actor, Instant at, String fromState, String toState,
                                   Map<String, String> changes, List<String> evidence, String note) {
}
