package cn.dualprevention.risk.riskunit.infrastructure;

import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * A risk analysis unit as stored in {@code risk_units}; {@code polygon} holds the GeoJSON rings of its outline.
 * A unit stored before QR tokens were random has no {@code qrToken}: its id stands in (what was announced then)
 * until the token is rotated.
 */
@Document("risk_units")
record RiskUnitDocument(@Id String id, long version, String groupId, @Indexed String enterpriseId,
                        @Indexed String riskObjectId, @Indexed String plantId, String hazardCode, String name,
                        String responsibleDepartment, String responsibleDepartmentId, String responsiblePerson,
                        String responsiblePersonId, String riskLevel, String currentLevel, Double longitude,
                        Double latitude, List<List<List<Double>>> polygon, String status, String qrToken,
                        Boolean deleted, List<OpenHazardEntry> openHazards, List<String> activeTaskIds,
                        Integer missedInRow, java.time.Instant stoppedSince) implements AggregateDocument {

    /** An open hazard on the unit. */
    record OpenHazardEntry(String hazardId, String name, boolean major, String measureId) {
    }
}
