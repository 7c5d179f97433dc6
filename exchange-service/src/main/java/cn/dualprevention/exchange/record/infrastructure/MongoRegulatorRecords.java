package cn.dualprevention.exchange.record.infrastructure;

import cn.dualprevention.exchange.record.domain.Facts;
import cn.dualprevention.exchange.record.domain.KeptRecord;
import cn.dualprevention.exchange.record.domain.RecordFilter;
import cn.dualprevention.exchange.record.domain.RecordMapper;
import cn.dualprevention.exchange.record.domain.RecordMappers;
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
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Regulator records in {@code regulator_records}; which held records wait for which parent in
 * {@code regulator_record_waits} ({@code _id} = the parent's key, {@code children} = the keys of the records that were
 * held for it), so that releasing a parent's children is a lookup by id, not a search through every record; and the
 * other ids a record is known by in {@code regulator_record_aliases} ({@code _id} = {@code <recordType>:<source id>},
 * {@code recordId} = the id the record is kept under: a correction of a missed inspection record is kept under the
 * missed record's id), so that finding it is a lookup by id too.
 * Every query here goes by {@code _id} or by a unique index, the only indexes an in-memory MongoDB
 * (mongo-java-server: tests, local mode) uses — anything else scans the whole collection on every event.
 */
@Repository
class MongoRegulatorRecords implements RegulatorRecords {

    static final String COLLECTION = "regulator_records";
    static final String WAITS = "regulator_record_waits";
    static final String ALIASES = "regulator_record_aliases";
    private static final String ALIASES_BUILT = "__built__";
    private static final Map<RecordType, RecordMapper> MAPPERS = new EnumMap<>(RecordType.class);

    static {
        RecordMappers.ALL.forEach(mapper -> MAPPERS.put(mapper.type(), mapper));
    }
    private static final String WAITS_BUILT = "__built__";
    private static final String ENTERPRISE_WAITS_BUILT = "__built_enterprise__";

    private final MongoTemplate mongo;
    private final AggregateStore store;

    MongoRegulatorRecords(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
        // the store's replace of a record is conditional on (id, version); unique because the id is
        mongo.indexOps(COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC)
                .unique().named("id_version"));
        // a full sync pages through one enterprise's records in key order (MongoDB; the in-memory stand-in reads them all)
        mongo.indexOps(COLLECTION).createIndex(new Index().on("enterpriseId", Sort.Direction.ASC).on("_id", Sort.Direction.ASC)
                .named("enterprise_key"));
        mongo.indexOps(WAITS).createIndex(new Index().on("_id", Sort.Direction.ASC).on("revision", Sort.Direction.ASC)
                .unique().named("id_revision"));
        buildWaitsOnce();
        buildEnterpriseWaitsOnce();
        buildAliasesOnce();
    }

    /** Records kept under another id than their source's by an older version (which kept no aliases) are entered once. */
    private void buildAliasesOnce() {
        if (mongo.findById(ALIASES_BUILT, Document.class, ALIASES) != null) {
            return;
        }
        try (var all = mongo.stream(new Query(), RegulatorRecordDocument.class)) { // once, at the upgrade; a cursor
            all.forEach(doc -> keepAliases(toRecord(doc)));
        }
        mongo.save(new Document("_id", ALIASES_BUILT), ALIASES);
    }

    /** The other ids the record is known by (its mapper's aliases), each pointing at the id it is kept under. */
    private void keepAliases(KeptRecord record) {
        for (String alias : aliases(record)) {
            mongo.upsert(Query.query(Criteria.where("_id").is(new RecordRef(record.ref().type(), alias).key())),
                    new Update().set("recordId", record.ref().id()), ALIASES);
        }
    }

    private static List<String> aliases(KeptRecord record) {
        return MAPPERS.get(record.ref().type()).aliases(record.source()).stream().filter(alias -> !alias.equals(record.ref().id()))
                .toList();
    }

    /** Records held before the waits were kept apart (an older version of this service) are entered once. */
    private void buildWaitsOnce() {
        if (mongo.findById(WAITS_BUILT, Document.class, WAITS) != null) {
            return;
        }
        Query held = Query.query(Criteria.where("state").is(RecordState.HELD.name()));
        held.fields().include("_id").include("waitingFor");
        for (Document doc : mongo.find(held, Document.class, COLLECTION)) {
            addWaits(doc.getString("_id"), doc.getList("waitingFor", String.class, List.of()));
        }
        mongo.save(new Document("_id", WAITS_BUILT), WAITS);
    }

    /**
     * Records held for their enterprise by an older version (which kept no wait for it) are entered once under the
     * enterprise's wait, so that its registration — or the check at start-up — releases them.
     */
    private void buildEnterpriseWaitsOnce() {
        if (mongo.findById(ENTERPRISE_WAITS_BUILT, Document.class, WAITS) != null) {
            return;
        }
        Query held = Query.query(Criteria.where("state").is(RecordState.HELD.name()));
        for (RegulatorRecordDocument doc : mongo.find(held, RegulatorRecordDocument.class)) {
            KeptRecord record = toRecord(doc);
            String key = KeptRecord.enterpriseWaitKey(record.enterpriseId());
            if (record.heldForItsEnterprise() && !record.waitingFor().contains(key)) {
                addWaits(doc.id(), List.of(key));
                mongo.updateFirst(Query.query(Criteria.where("_id").is(doc.id())), new Update().addToSet("waitingFor", key),
                        COLLECTION);
            }
        }
        mongo.save(new Document("_id", ENTERPRISE_WAITS_BUILT), WAITS);
    }

    private void addWaits(String childKey, List<String> parentKeys) {
        for (String parentKey : parentKeys) {
            mongo.upsert(Query.query(Criteria.where("_id").is(parentKey)), new Update().addToSet("children", childKey).inc("revision", 1),
                    WAITS);
        }
    }

    @Override
    public Optional<KeptRecord> find(RecordRef ref) {
        return Optional.ofNullable(mongo.findById(ref.key(), RegulatorRecordDocument.class)).map(MongoRegulatorRecords::toRecord);
    }

    @Override
    public void keep(KeptRecord record) {
        if (record.state() == RecordState.HELD) {
            addWaits(record.ref().key(), record.waitingFor()); // first: a wait left by a failed keep is only looked past
        }
        keepAliases(record); // first too: an alias left by a failed keep names a record that does not have it, and is looked past
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
        Document found = mongo.findById(alias.key(), Document.class, ALIASES);
        String keptId = found == null ? null : found.getString("recordId");
        if (keptId == null || keptId.equals(alias.id())) {
            return Optional.empty();
        }
        // only a record that is kept and still known by that id (an alias of a failed keep is looked past)
        return find(new RecordRef(alias.type(), keptId)).filter(kept -> aliases(kept).contains(alias.id())).map(kept -> keptId);
    }

    @Override
    public boolean wasSent(RecordRef ref) {
        Query query = Query.query(Criteria.where("_id").is(ref.key())); // by id alone: an index lookup everywhere
        query.fields().include("sentOnce");
        Document found = mongo.findOne(query, Document.class, COLLECTION);
        return found != null && Boolean.TRUE.equals(found.getBoolean("sentOnce"));
    }

    @Override
    public List<String> enterprisesWaitedFor() {
        Query query = Query.query(Criteria.where("_id").regex("^" + Pattern.quote(KeptRecord.ENTERPRISE_WAIT_PREFIX)));
        query.fields().include("_id");
        return mongo.find(query, Document.class, WAITS).stream()
                .map(doc -> doc.getString("_id").substring(KeptRecord.ENTERPRISE_WAIT_PREFIX.length())).toList();
    }

    @Override
    public List<KeptRecord> waitingFor(String key) {
        Document waits = mongo.findById(key, Document.class, WAITS);
        if (waits == null) {
            return List.of();
        }
        List<String> children = waits.getList("children", String.class, List.of());
        List<KeptRecord> waiting = children.isEmpty() ? List.of() : mongo.find(Query.query(Criteria.where("_id").in(children)),
                        RegulatorRecordDocument.class).stream().map(MongoRegulatorRecords::toRecord)
                .filter(r -> r.state() == RecordState.HELD && r.waitingFor().contains(key)).toList();
        List<String> stale = children.stream().filter(child -> waiting.stream().noneMatch(r -> r.ref().key().equals(child))).toList();
        if (stale.size() == children.size()) {
            // nothing waits any more; conditional on the revision read, so a child entered meanwhile keeps the document
            mongo.remove(Query.query(Criteria.where("_id").is(key).and("revision").is(waits.get("revision"))), WAITS);
        } else if (!stale.isEmpty()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(key)), new Update().pullAll("children", stale.toArray()),
                    WAITS);
        }
        return waiting;
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
