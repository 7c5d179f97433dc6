package cn.dualprevention.risk.riskunit.application;

import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.inbox.EventHandler;
import cn.dualprevention.risk.riskunit.domain.OpenHazard;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.Set;

/**
 * Keeps each unit's open hazards from {@code dp.hazard.events}: a hazard is open from registration until it is
 * accepted or rejected (a reopened hazard is open again). The unit's current level follows.
 */
@Component
class HazardEventsOnUnits implements EventHandler {

    private static final Set<String> CLOSING = Set.of("hazard.accepted.v1", "hazard.rejected.v1");
    private static final Set<String> OPEN = Set.of("hazard.registered.v1", "hazard.confirmed.v1", "hazard.plan-set.v1",
            "hazard.extension-requested.v1", "hazard.extension-decided.v1", "hazard.submitted.v1",
            "hazard.sent-back.v1", "hazard.reopened.v1", "hazard.overdue-step.v1");

    private final RiskUnitCatalog units;

    HazardEventsOnUnits(RiskUnitCatalog units) {
        this.units = units;
    }

    @Override
    public Set<String> eventTypes() {
        return union(CLOSING, OPEN);
    }

    @Override
    public void handle(EventEnvelope event) {
        JsonNode data = event.data();
        String hazardId = text(data, "hazardId");
        if (hazardId == null) {
            hazardId = event.aggregateId();
        }
        String closed = hazardId;
        if (CLOSING.contains(event.type())) {
            units.report(text(data, "unitId"), c -> c.withoutHazard(closed));
        } else {
            OpenHazard hazard = new OpenHazard(hazardId, text(data, "name"), "MAJOR".equals(text(data, "level")),
                    text(data, "measureId"));
            units.report(text(data, "unitId"), c -> c.withOpenHazard(hazard));
        }
    }

    static String text(JsonNode data, String field) {
        JsonNode node = data == null ? null : data.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
