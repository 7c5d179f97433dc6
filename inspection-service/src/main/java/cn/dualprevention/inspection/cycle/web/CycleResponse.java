package cn.dualprevention.inspection.cycle.web;

import java.time.Instant;
import java.util.List;

/** A cycle as the API shows it. */
public record CycleResponse(String id, String enterpriseId, String taskId, String measureId, String unitId,
                            String troubleshootContent, String workType, Integer taskNum, Instant windowStart,
                            Instant windowEnd, List<String> assigneePersonIds, String state, String recordId) {
}
