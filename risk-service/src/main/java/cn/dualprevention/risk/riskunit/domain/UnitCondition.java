package cn.dualprevention.risk.riskunit.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What is happening on a unit right now, as told by hazard-service and inspection-service: its open
 * hazards, its active inspection tasks and how many checks in a row were missed.
 */
public record UnitCondition(List<OpenHazard> openHazards, Set<String> activeTaskIds, int missedInRow) {

    public static final UnitCondition NONE = new UnitCondition(List.of(), Set.of(), 0);

    public UnitCondition {
        openHazards = List.copyOf(openHazards);
        activeTaskIds = Set.copyOf(activeTaskIds);
    }

    public UnitCondition withOpenHazard(OpenHazard hazard) {
        List<OpenHazard> next = new ArrayList<>(withoutHazard(hazard.hazardId()).openHazards);
        next.add(hazard);
        return new UnitCondition(next, activeTaskIds, missedInRow);
    }

    public UnitCondition withoutHazard(String hazardId) {
        return new UnitCondition(openHazards.stream().filter(h -> !h.hazardId().equals(hazardId)).toList(),
                activeTaskIds, missedInRow);
    }

    public UnitCondition withTask(String taskId) {
        Set<String> next = new LinkedHashSet<>(activeTaskIds);
        next.add(taskId);
        return new UnitCondition(openHazards, next, missedInRow);
    }

    public UnitCondition withoutTask(String taskId) {
        Set<String> next = new LinkedHashSet<>(activeTaskIds);
        next.remove(taskId);
        return new UnitCondition(openHazards, next, missedInRow);
    }

    public UnitCondition missedCheck() {
        return new UnitCondition(openHazards, activeTaskIds, missedInRow + 1);
    }

    public UnitCondition checked() {
        return new UnitCondition(openHazards, activeTaskIds, 0);
    }
}
