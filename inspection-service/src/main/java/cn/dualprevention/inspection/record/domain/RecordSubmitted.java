package cn.dualprevention.inspection.record.domain;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code inspection.record.submitted.v1} (docs/events.md) plus clientId, qrTokenMatched and distanceMeters.
 * {@code replacesRecordId} is set when the record corrects the NOT_INSPECTED record of a cycle marked missed while the
 * phone was offline: the regulator's checkRecord of that id is to be updated, not a second one sent.
 */
public record RecordSubmitted(String recordId, String clientId, String cycleId, String taskId, String measureId,
                              String unitId, String riskObjectId, String enterpriseId, String checkStatus,
                              Instant checkTime, String personId, String personName, String mobile, String deviceId,
                              String workType, boolean late, boolean locationMismatch, Boolean qrTokenMatched,
                              Double distanceMeters, String remarks, List<String> photoIds, HazardFinding hazard,
                              String replacesRecordId) {

    public static final String TYPE = "inspection.record.submitted.v1";
}
