package cn.dualprevention.inspection.record.web;

import java.time.Instant;
import java.util.List;

/**
 * A record as the API shows it; {@code replacesRecordId} / {@code supersededBy} link a correction and the NOT_INSPECTED
 * record it superseded (both kept).
 */
public record RecordResponse(String id, String enterpriseId, String clientId, String cycleId, String taskId,
                             String measureId, String unitId, String status, Hazard hazard, Instant checkTime,
                             String personId, String personName, String deviceId, CheckIn checkIn, boolean late,
                             String remarks, List<String> photoIds, String workType, Instant submittedAt,
                             String replacesRecordId, String supersededBy) {

    public record Hazard(String description, String level, String hazardType, String source) {
    }

    public record CheckIn(String qrToken, Double longitude, Double latitude, Boolean qrTokenMatched,
                          Double distanceMeters, boolean locationMismatch) {
    }
}
