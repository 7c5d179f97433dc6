package cn.dualprevention.inspection.task.domain;

import cn.dualprevention.platform.events.NewEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where inspection tasks are kept. */
public interface InspectionTasks {

    void add(InspectionTask task, List<NewEvent> events);

    /** Stores the next version (optimistic lock on {@code version - 1}). */
    void update(InspectionTask task, List<NewEvent> events);

    Optional<InspectionTask> find(String id);

    Optional<InspectionTask> ofMeasure(String measureId);

    List<InspectionTask> ofEnterprise(String enterpriseId, String unitId);

    /** Tasks (active or retired) with a revision at or after {@code since}: schedule set, measure changed or deleted. */
    List<InspectionTask> changedSince(Instant since);

    /** Active tasks with a schedule, of every enterprise: those that generate cycles. */
    List<InspectionTask> generating();
}
