package cn.dualprevention.risk.riskunit.infrastructure;

import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** A risk analysis unit as stored in {@code risk_units}. */
@Document("risk_units")
record RiskUnitDocument(@Id String id, long version, String groupId, @Indexed String enterpriseId,
                        @Indexed String riskObjectId, String hazardCode, String name, String responsibleDepartment,
                        String responsibleDepartmentId, String responsiblePerson, String responsiblePersonId,
                        String riskLevel, String currentLevel, Double longitude, Double latitude, String status,
                        Boolean deleted, List<OpenHazardEntry> openHazards, List<String> activeTaskIds,
                        Integer missedInRow) implements AggregateDocument {

    /** An open hazard on the unit. */
    record OpenHazardEntry(String hazardId, String name, boolean major, String measureId) {
    }
}
