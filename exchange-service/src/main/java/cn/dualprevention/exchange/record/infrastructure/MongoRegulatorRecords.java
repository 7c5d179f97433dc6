package cn.dualprevention.exchange.record.infrastructure;

import cn.dualprevention.exchange.record.domain.Facts;
import cn.dualprevention.exchange.record.domain.KeptRecord;
import cn.dualprevention.exchange.record.domain.RecordFilter;
import cn.dualprevention.exchange.record.domain.RecordRef;
import cn.dualprevention.exchange.record.domain.RecordState;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.exchange.record.domain.RegulatorRecords;
import cn.dualprevention.platform.errors.ConcurrentChangeException;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.platform.outbox.OutboxMessage;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Regulator records in {@code regulator_records}. */
@Repository
class MongoRegulatorRecords implements RegulatorRecords {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    MongoRegulatorRecords(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public Optional<KeptRecord> find(RecordRef ref) {
        return Optional.ofNullable(mongo.findById(ref.key(), RegulatorRecordDocument.class)).map(MongoRegulatorRecords::toRecord);
    }

    @Override
    public void keep(KeptRecord record) {
        RegulatorRecordDocument document = toDocument(record);
        List<OutboxMessage> outbox = List.of();
        if (record.version() == 1) {
            try {
                store.insertWith(document, outbox);
            } catch (DuplicateKeyException e) {
                throw new ConcurrentChangeException("regulator record", record.ref().key());
            }
        } else {
            store.updateWith(document, outbox);
        }
    }

    @Override
    public Optional<String> keptIdOfAlias(RecordRef alias) {
        Query query = Query.query(Criteria.where("recordType").is(alias.type().specName()).and("source.recordId").is(alias.id())
                .and("_id").ne(alias.key()));
        query.fields().include("recordId");
        return Optional.ofNullable(mongo.findOne(query, org.bson.Document.class, "regulator_records")).map(doc -> doc.getString("recordId"));
    }

    @Override
    public boolean wasSent(RecordRef ref) {
        return mongo.exists(Query.query(Criteria.where("_id").is(ref.key()).and("sentOnce").is(true)),
                RegulatorRecordDocument.class);
    }

    @Override
    public List<KeptRecord> waitingFor(RecordRef parent) {
        return mongo.find(Query.query(Criteria.where("state").is(RecordState.HELD.name()).and("waitingFor").is(parent.key())),
                RegulatorRecordDocument.class).stream().map(MongoRegulatorRecords::toRecord).toList();
    }

    @Override
    public List<KeptRecord> findAll(java.util.Collection<RecordRef> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(refs.stream().map(RecordRef::key).toList())),
                RegulatorRecordDocument.class).stream().map(MongoRegulatorRecords::toRecord).toList();
    }

    @Override
    public List<KeptRecord> ofEnterprise(String enterpriseId, String afterKey, int limit) {
        Criteria criteria = Criteria.where("enterpriseId").is(enterpriseId);
        if (afterKey != null) {
            criteria.and("_id").gt(afterKey);
        }
        Query query = Query.query(criteria).with(Sort.by("_id")).limit(limit);
        return mongo.find(query, RegulatorRecordDocument.class).stream().map(MongoRegulatorRecords::toRecord).toList();
    }

    @Override
    public List<KeptRecord> search(RecordFilter filter) {
        Criteria criteria = Criteria.where("groupId").is(filter.groupId());
        if (filter.enterpriseIds() != null) {
            criteria.and("enterpriseId").in(filter.enterpriseIds());
        }
        if (filter.state() != null) {
            criteria.and("state").is(filter.state().name());
        }
        if (filter.type() != null) {
            criteria.and("recordType").is(filter.type().specName());
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "keptAt")).limit(filter.limit());
        return mongo.find(query, RegulatorRecordDocument.class).stream().map(MongoRegulatorRecords::toRecord).toList();
    }

    private static RegulatorRecordDocument toDocument(KeptRecord r) {
        Document payload = new Document();
        r.fields().forEach((field, value) -> {
            if (value != null) {
                payload.put(field, value);
            }
        });
        return new RegulatorRecordDocument(r.ref().key(), r.version(), r.ref().type().specName(), r.ref().id(), r.groupId(),
                r.enterpriseId(), r.sourceVersion(), r.sourceType(), new Document(r.source().values()), r.deleted(),
                r.createdAt(), r.createdBy(), r.updatedAt(), r.updatedBy(), r.state().name(), r.holdReasons(),
                r.waitingFor(), payload, r.sentOnce(), r.keptAt());
    }

    private static KeptRecord toRecord(RegulatorRecordDocument d) {
        RecordType type = RecordType.ofSpecName(d.recordType()).orElseThrow();
        Map<String, Object> fields = d.payload() == null ? Map.of() : new LinkedHashMap<>(d.payload());
        return new KeptRecord(new RecordRef(type, d.recordId()), d.groupId(), d.enterpriseId(), d.version(),
                d.sourceVersion(), d.sourceType(), Facts.of(d.source() == null ? Map.of() : d.source()), d.deleted(),
                d.createdAt(), d.createdBy(), d.updatedAt(), d.updatedBy(), RecordState.valueOf(d.state()),
                d.holdReasons() == null ? List.of() : d.holdReasons(), d.waitingFor() == null ? List.of() : d.waitingFor(),
                fields, d.sentOnce(), d.keptAt());
    }
}
