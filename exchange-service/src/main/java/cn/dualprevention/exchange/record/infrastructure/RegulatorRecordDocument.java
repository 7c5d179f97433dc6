package cn.dualprevention.exchange.record.infrastructure;

import cn.dualprevention.platform.outbox.AggregateDocument;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;

import java.time.Instant;
import java.util.List;

/**
 * A regulator record as kept in {@code regulator_records}; {@code _id} is {@code <recordType>:<recordId>}.
 * {@code state} is READY (sent to the stream) or HELD (with {@code holdReasons}).
 */
@org.springframework.data.mongodb.core.mapping.Document("regulator_records")
record RegulatorRecordDocument(@Id String id, long version, String recordType, String recordId,
                               @Indexed String enterpriseId, String state, List<String> holdReasons, Document payload,
                               Instant updatedAt) implements AggregateDocument {
}
