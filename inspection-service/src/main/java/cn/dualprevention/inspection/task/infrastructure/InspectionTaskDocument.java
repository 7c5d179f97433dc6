package cn.dualprevention.inspection.task.infrastructure;

import cn.dualprevention.inspection.task.domain.TaskRevision;
import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** An inspection task as stored in {@code inspection_tasks}. */
@Document("inspection_tasks")
record InspectionTaskDocument(@Id String id, long version, String groupId, @Indexed String enterpriseId,
                              @Indexed(unique = true) String measureId, String riskEventId, String unitId,
                              String troubleshootContent, long measureVersion, Schedule schedule, @Indexed String state,
                              List<TaskRevision> history) implements AggregateDocument {

    /** The schedule; times of day as {@code HH:mm:ss}. */
    record Schedule(int cycle, String cycleUnit, Instant taskStartTime, String workStartTime, String workEndTime,
                    String workDayType, String workType, Integer taskNum, String assigneePostId,
                    String assigneePersonId) {
    }
}
