package cn.dualprevention.inspection.unitstop.application;

import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.inbox.EventHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Set;

/** risk-service's {@code risk.unit.stopped.v1} / {@code risk.unit.resumed.v1} stop and resume the unit here too. */
@Component
class RiskUnitStops implements EventHandler {

    private static final String STOPPED = "risk.unit.stopped.v1";

    private final UnitStopping stopping;

    RiskUnitStops(UnitStopping stopping) {
        this.stopping = stopping;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(STOPPED, "risk.unit.resumed.v1");
    }

    @Override
    public void handle(EventEnvelope event) {
        JsonNode data = event.data();
        String unitId = data.path("unitId").asString(null);
        Instant start = instant(data.path("stopStartTime"));
        Instant end = instant(data.path("stopEndTime"));
        if (STOPPED.equals(event.type())) {
            stopping.stoppedByRisk("risk-" + event.id(), event.groupId(), event.enterpriseId(), unitId,
                    start == null ? event.time() : start, end, data.path("reason").asString(null));
        } else {
            stopping.resumedByRisk(unitId, end == null ? event.time() : end);
        }
    }

    private static Instant instant(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : Instant.parse(node.asString());
    }
}
