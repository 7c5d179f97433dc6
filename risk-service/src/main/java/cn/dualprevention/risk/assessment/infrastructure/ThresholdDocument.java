package cn.dualprevention.risk.assessment.infrastructure;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An enterprise's thresholds for one method, as stored in {@code risk_thresholds} (id: enterprise:method). */
@Document("risk_thresholds")
record ThresholdDocument(@Id String id, String groupId, String enterpriseId, String method, String major,
                         String considerable, String general) {
}
