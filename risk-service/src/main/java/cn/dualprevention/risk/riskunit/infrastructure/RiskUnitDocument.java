package cn.dualprevention.risk.riskunit.infrastructure;

import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A risk analysis unit as stored in {@code risk_units}. */
@Document("risk_units")
record RiskUnitDocument(@Id String id, long version, String groupId, @Indexed String enterpriseId, String hazardCode,
                        String name, String responsibleDepartment, String responsiblePerson, String riskLevel,
                        Double longitude, Double latitude, String status) implements AggregateDocument {
}
