package cn.dualprevention.inspection.record.application;

import java.time.Instant;
import java.util.List;

/**
 * One record as the phone sends it. Codes stay text here so that a bad code rejects only its own item of a batch.
 *
 * @param clientId the phone's id for this record (required in a batch)
 */
public record RecordSubmission(String clientId, String cycleId, String status, Hazard hazard, Instant checkTime,
                               String deviceId, String qrToken, Double longitude, Double latitude, String remarks,
                               List<PhotoData> photos) {

    /** The hazard found: description, level GENERAL / MAJOR, hazardType 1–8 (optional), source 1–10 (optional). */
    public record Hazard(String description, String level, String hazardType, String source) {
    }

    /** A photo inline: content type and base64 data. */
    public record PhotoData(String contentType, String data) {
    }
}
