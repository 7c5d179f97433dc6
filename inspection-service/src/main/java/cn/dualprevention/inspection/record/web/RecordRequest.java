package cn.dualprevention.inspection.record.web;

import java.time.Instant;
import java.util.List;

/**
 * One record from the phone. {@code status} NORMAL / HAZARD_FOUND / OTHER; {@code hazard} only with HAZARD_FOUND;
 * {@code qrToken} as scanned at the unit; {@code longitude}/{@code latitude} the phone's GPS position (WGS-84);
 * {@code photos} inline (JPEG / PNG, base64).
 */
public record RecordRequest(String clientId, String cycleId, String status, HazardRequest hazard, Instant checkTime,
                            String deviceId, String qrToken, Double longitude, Double latitude, String remarks,
                            List<PhotoRequest> photos) {

    public record HazardRequest(String description, String level, String hazardType, String source) {
    }

    public record PhotoRequest(String contentType, String data) {
    }
}
