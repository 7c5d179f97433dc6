package cn.dualprevention.inspection.record.web;

import java.time.Instant;
import java.util.List;

/** A record as the API shows it. */
public record RecordResponse(String id, String enterpriseId, String clientId, String cycleId, String taskId,
                             String measureId, String unitId, String status, Hazard hazard, Instant checkTime,
                             String personId, String personName, String deviceId, CheckIn checkIn, boolean late,
                             String remarks, List<String> photoIds, String workType, Instant submittedAt) {

    public record Hazard(String description, String level, String hazardType, String source) {
    }

    public record CheckIn(String qrToken, Double longitude, Double latitude, Boolean qrTokenMatched,
                          Double distanceMeters, boolean locationMismatch) {
    }
}
