package cn.dualprevention.exchange.record.infrastructure;

import cn.dualprevention.platform.outbox.AggregateDocument;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;

import java.time.Instant;
import java.util.List;

/**
 * A regulator record as kept in {@code regulator_records}; {@code _id} is {@code <recordType>:<recordId>}.
 * {@code state} is SENT (its latest version went to the stream) or HELD (with {@code holdReasons});
 * {@code source} holds the merged source facts it is built from, {@code payload} the record itself.
 */
@org.springframework.data.mongodb.core.mapping.Document("regulator_records")
record RegulatorRecordDocument(@Id String id, long version, String recordType, String recordId, String groupId,
                               @Indexed String enterpriseId, long sourceVersion, String sourceType, Document source,
                               boolean deleted, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                               String state, List<String> holdReasons, @Indexed List<String> waitingFor,
                               Document payload, boolean sentOnce, Instant keptAt) implements AggregateDocument {
}
