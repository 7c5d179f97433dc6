package cn.dualprevention.inspection.record.infrastructure;

import cn.dualprevention.inspection.record.domain.InspectionRecord;
import cn.dualprevention.inspection.record.domain.InspectionRecords;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.outbox.AggregateStore;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Records in {@code inspection_records}. Two unique indexes make submission idempotent and the first record of a cycle
 * the only one: {@code clientId} (the phone's id — a re-sent batch inserts nothing) and ({@code cycleId},
 * {@code replacesRecordId}): one first record per cycle (no replacesRecordId) and one correction of its NOT_INSPECTED
 * record.
 */
@Repository
class MongoInspectionRecords implements InspectionRecords {

    static final String COLLECTION = "inspection_records";

    private final MongoTemplate mongo;
    private final AggregateStore store;

    MongoInspectionRecords(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("clientId", Sort.Direction.ASC).unique().named("client_id"));
        dropIndexIfPresent(indexes, "one_record_per_cycle"); // before corrections: unique cycleId alone
        indexes.createIndex(new Index().on("cycleId", Sort.Direction.ASC).on("replacesRecordId", Sort.Direction.ASC)
                .unique().named("one_record_and_one_correction_per_cycle"));
    }

    @Override
    public Added add(InspectionRecord record, NewEvent event) {
        try {
            store.insert(InspectionRecordDocument.of(record), List.of(event));
            return Added.ADDED;
        } catch (DuplicateKeyException | MongoWriteException e) {
            if (e instanceof MongoWriteException w && w.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw w;
            }
            return ofClientId(record.clientId()).isPresent() ? Added.DUPLICATE_CLIENT_ID : Added.CYCLE_ALREADY_RECORDED;
        }
    }

    @Override
    public Optional<InspectionRecord> find(String id) {
        return Optional.ofNullable(mongo.findById(id, InspectionRecordDocument.class)).map(InspectionRecordDocument::toDomain);
    }

    @Override
    public Optional<InspectionRecord> ofClientId(String clientId) {
        return one(Criteria.where("clientId").is(clientId));
    }

    @Override
    public Optional<InspectionRecord> ofCycle(String cycleId) {
        List<InspectionRecord> all = historyOfCycle(cycleId);
        return all.stream().filter(InspectionRecord::isCorrection).findFirst().or(() -> all.stream().findFirst());
    }

    @Override
    public List<InspectionRecord> historyOfCycle(String cycleId) {
        return mongo.find(Query.query(Criteria.where("cycleId").is(cycleId)).with(Sort.by("submittedAt", "_id")),
                InspectionRecordDocument.class).stream().map(InspectionRecordDocument::toDomain).toList();
    }

    @Override
    public void supersede(String missedRecordId, String correctionId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(missedRecordId).and("supersededBy").is(null)),
                new Update().set("supersededBy", correctionId).inc("version", 1), InspectionRecordDocument.class);
    }

    private static void dropIndexIfPresent(IndexOperations indexes, String name) {
        if (indexes.getIndexInfo().stream().anyMatch(info -> name.equals(info.getName()))) {
            indexes.dropIndex(name);
        }
    }

    private Optional<InspectionRecord> one(Criteria criteria) {
        return Optional.ofNullable(mongo.findOne(Query.query(criteria), InspectionRecordDocument.class))
                .map(InspectionRecordDocument::toDomain);
    }
}
