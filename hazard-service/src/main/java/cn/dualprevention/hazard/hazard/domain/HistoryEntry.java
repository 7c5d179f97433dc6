package cn.dualprevention.hazard.hazard.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One step in a hazard's life (隐患治理记录): who, when, from which state to which, what changed, with what
 * evidence (photo ids) and the reason or comment given.
 */
public record HistoryEntry(HazardStep step, String actor, Instant at, HazardState fromState, HazardState toState,
                           Map<String, String> changes, List<String> evidence, String note) {

    public HistoryEntry {
        changes = changes == null ? Map.of() : Map.copyOf(changes);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
