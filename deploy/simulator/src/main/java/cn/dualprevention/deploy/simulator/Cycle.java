package cn.dualprevention.deploy.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An inspection cycle as an inspector's inbox shows it. {@code key} is what makes the simulator's choice for it
 * repeatable given the seed: the enterprise's code, the unit's name, the inspection content and the window start —
 * nothing the services generate at random.
 */
public record Cycle(String id, String key, String enterpriseId, String taskId, String unitId, String content,
                    String workType, Instant windowStart, Instant windowEnd, List<String> assigneePersonIds) {

    public Cycle {
        assigneePersonIds = assigneePersonIds.stream().sorted().toList();
    }

    public Duration window() {
        return Duration.between(windowStart, windowEnd);
    }
}
