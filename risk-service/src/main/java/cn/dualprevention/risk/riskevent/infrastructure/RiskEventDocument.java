package cn.dualprevention.risk.riskevent.infrastructure;

import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A risk event with its assessment history, as stored in {@code risk_events}. */
@Document("risk_events")
record RiskEventDocument(@Id String id, long version, String groupId, String enterpriseId, @Indexed String unitId,
                         String name, String consequence, List<AssessmentEntry> assessments, boolean deleted)
        implements AggregateDocument {

    /** One assessment; numbers as exact decimal strings. */
    record AssessmentEntry(String kind, String method, Map<String, String> factors, String score, String level,
                           String directRule, String reason, String assessor, Instant assessedAt) {
    }
}
