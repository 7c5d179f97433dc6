package cn.dualprevention.risk.riskobject.infrastructure;

import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A risk analysis object as stored in {@code risk_objects} (hazardCode unique per enterprise). */
@Document("risk_objects")
@CompoundIndex(name = "enterprise_hazard_code", def = "{'enterpriseId': 1, 'hazardCode': 1}", unique = true)
record RiskObjectDocument(@Id String id, long version, String groupId, @Indexed String enterpriseId, String hazardCode,
                          String name, boolean majorHazardSource, Integer majorHazardGrade,
                          String mainResponsiblePersonId, String technicalResponsiblePersonId,
                          String operationalResponsiblePersonId, boolean deleted) implements AggregateDocument {
}
