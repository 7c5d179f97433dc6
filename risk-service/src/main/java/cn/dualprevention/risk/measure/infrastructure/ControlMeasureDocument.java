package cn.dualprevention.risk.measure.infrastructure;

import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A control measure as stored in {@code control_measures}. */
@Document("control_measures")
record ControlMeasureDocument(@Id String id, long version, String groupId, String enterpriseId,
                              @Indexed String riskEventId, String unitId, String controlMode, String description,
                              String classify1, String classify2, String classify3, String troubleshootContent,
                              String controlLevel, String responsiblePostId, boolean deleted) implements AggregateDocument {
}
