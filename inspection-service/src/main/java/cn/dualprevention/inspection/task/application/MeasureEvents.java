package cn.dualprevention.inspection.task.application;

import cn.dualprevention.inspection.cycle.application.CycleGeneration;
import cn.dualprevention.inspection.task.domain.ControlMeasure;
import cn.dualprevention.inspection.task.domain.InspectionTask;
import cn.dualprevention.inspection.task.domain.InspectionTasks;
import cn.dualprevention.inspection.task.domain.TaskState;
import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.inbox.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 管控措施 → 排查任务: a measure whose control mode is INSPECTION gets a task (its inspection content is the measure's
 * troubleshootContent); a changed measure changes the task; a deleted one retires it (its cycles not yet started are
 * cancelled). Measure versions guard the task: a redelivered or older measure event changes nothing.
 */
@Component
class MeasureEvents implements EventHandler {

    static final String CREATED = "risk.measure.created.v1";
    static final String UPDATED = "risk.measure.updated.v1";
    static final String DELETED = "risk.measure.deleted.v1";

    private final InspectionTasks tasks;
    private final CycleGeneration cycles;
    private final Clock clock;

    MeasureEvents(InspectionTasks tasks, CycleGeneration cycles, Clock clock) {
        this.tasks = tasks;
        this.cycles = cycles;
        this.clock = clock;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CREATED, UPDATED, DELETED);
    }

    @Override
    public void handle(EventEnvelope event) {
        ControlMeasure measure = measure(event);
        Optional<InspectionTask> existing = tasks.ofMeasure(measure.measureId());
        if (existing.isEmpty()) {
            if (!measure.isInspection()) {
                return;
            }
            InspectionTask task = InspectionTask.define(Ids.newId(), measure, clock.instant(), event.actor());
            try {
                tasks.add(task, events(task));
            } catch (DuplicateKeyException raced) {
                handle(event);
            }
            return;
        }
        InspectionTask task = existing.get();
        if (task.measureVersion() >= measure.version()) {
            return;
        }
        if (!measure.isInspection() && task.state() != TaskState.ACTIVE) {
            return;
        }
        Instant now = clock.instant();
        InspectionTask next = task.follow(measure, now, event.actor());
        tasks.update(next, events(next));
        cycles.reconcile(next, now); // a retired task's future cycles are cancelled; new content or unit: regenerated
    }

    private static List<NewEvent> events(InspectionTask task) {
        return List.of(new NewEvent(task.eventType(), task.groupId(), task.enterpriseId(), task.id(), task.event()));
    }

    private static ControlMeasure measure(EventEnvelope event) {
        JsonNode d = event.data();
        String measureId = d.path("measureId").asString(event.aggregateId());
        return new ControlMeasure(measureId, event.groupId(), d.path("enterpriseId").asString(event.enterpriseId()),
                d.path("riskEventId").asString(null), d.path("unitId").asString(null),
                d.path("controlMode").asString(null), d.path("troubleshootContent").asString(null),
                d.path("responsiblePostId").asString(null), event.aggregateVersion(),
                DELETED.equals(event.type()) || d.path("deleted").asBoolean(false));
    }
}
