package cn.dualprevention.assessment.warnings.infrastructure;

import cn.dualprevention.assessment.warnings.domain.Signal;
import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A warning as stored in {@code warnings}: one document per warned-about thing (its key), raised and cleared as
 * the signal comes and goes; {@code raisedCount} counts how often it was raised.
 */
@Document("warnings")
@CompoundIndex(name = "open", def = "{'enterpriseId': 1, 'state': 1}")
public record WarningDocument(@Id String id, long version, String groupId, String enterpriseId, String kind,
                              String subjectType, String subjectId, String state, String summary,
                              List<Signal.Evidence> evidence, Instant raisedAt, Instant clearedAt, int raisedCount)
        implements AggregateDocument {

    public static final String ACTIVE = "ACTIVE";
    public static final String CLEARED = "CLEARED";
}
