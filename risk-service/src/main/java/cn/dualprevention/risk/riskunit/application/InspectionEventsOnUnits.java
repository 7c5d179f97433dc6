package cn.dualprevention.risk.riskunit.application;

import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.inbox.EventHandler;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Keeps each unit's active inspection tasks and missed checks in a row from {@code dp.inspection.events}: a task
 * is active from {@code inspection.task.defined.v1} until {@code .retired.v1}; a missed cycle counts one up, a
 * submitted check (other than "not inspected") resets the count.
 */
@Component
class InspectionEventsOnUnits implements EventHandler {

    private final RiskUnitCatalog units;

    InspectionEventsOnUnits(RiskUnitCatalog units) {
        this.units = units;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("inspection.task.defined.v1", "inspection.task.changed.v1", "inspection.task.retired.v1",
                "inspection.cycle.missed.v1", "inspection.record.submitted.v1");
    }

    @Override
    public void handle(EventEnvelope event) {
        String unitId = HazardEventsOnUnits.text(event.data(), "unitId");
        String taskId = HazardEventsOnUnits.text(event.data(), "taskId");
        switch (event.type()) {
            case "inspection.task.defined.v1", "inspection.task.changed.v1" -> units.report(unitId, c -> c.withTask(taskId));
            case "inspection.task.retired.v1" -> units.report(unitId, c -> c.withoutTask(taskId));
            case "inspection.cycle.missed.v1" -> units.report(unitId, c -> c.missedCheck());
            default -> {
                if (!"NOT_INSPECTED".equals(HazardEventsOnUnits.text(event.data(), "checkStatus"))) {
                    units.report(unitId, c -> c.checked());
                }
            }
        }
    }
}
