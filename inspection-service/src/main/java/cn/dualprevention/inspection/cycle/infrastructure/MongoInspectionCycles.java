package cn.dualprevention.inspection.cycle.infrastructure;

import cn.dualprevention.inspection.cycle.domain.CycleCancelled;
import cn.dualprevention.inspection.cycle.domain.CycleGenerated;
import cn.dualprevention.inspection.cycle.domain.CycleState;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.cycle.domain.InspectionCycles;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.platform.outbox.OutboxMessage;
import cn.dualprevention.platform.outbox.OutboxMessages;
import cn.dualprevention.platform.outbox.OutboxRelay;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cycles in {@code inspection_cycles}. Generation inserts unordered in bulk; the unique index on (taskId, slot) — slot
 * is the window start — turns a second generation — a restart, another instance, a replayed event — into duplicate-key
 * errors that are ignored. A cancelled cycle's slot becomes {@code cancelled:<id>}, so a cycle of the task's new
 * schedule may take its window start. Each new or cancelled cycle carries its event in its outbox (one write).
 */
@Repository
class MongoInspectionCycles implements InspectionCycles {

    static final String COLLECTION = "inspection_cycles";
    private static final int DUPLICATE_KEY = 11000;
    static final String SLOT = "slot";

    private final MongoTemplate mongo;
    private final OutboxMessages messages;
    private final OutboxRelay relay;

    MongoInspectionCycles(MongoTemplate mongo, OutboxMessages messages, OutboxRelay relay) {
        this.mongo = mongo;
        this.messages = messages;
        this.relay = relay;
        var indexes = mongo.indexOps(COLLECTION);
        if (indexes.getIndexInfo().stream().anyMatch(info -> "task_window".equals(info.getName()))) {
            indexes.dropIndex("task_window"); // before cancellation: unique (taskId, windowStart)
        }
        indexes.createIndex(new Index().on("taskId", Sort.Direction.ASC).on(SLOT, Sort.Direction.ASC)
                .unique().named("task_slot"));
        indexes.createIndex(new Index().on("assigneePersonIds", Sort.Direction.ASC).on("windowStart", Sort.Direction.ASC)
                .named("assignee_window"));
        indexes.createIndex(new Index().on("state", Sort.Direction.ASC).on("windowEnd", Sort.Direction.ASC)
                .named("state_end"));
    }

    @Override
    public int addNew(List<InspectionCycle> cycles) {
        if (cycles.isEmpty()) {
            return 0;
        }
        List<RawBsonDocument> documents = new ArrayList<>(cycles.size());
        CycleGeneratedData.InstantText instants = new CycleGeneratedData.InstantText();
        for (InspectionCycle cycle : cycles) {
            documents.add(CycleBson.of(cycle, messages.domainEvent(new NewEvent(CycleGenerated.TYPE, cycle.groupId(),
                    cycle.enterpriseId(), cycle.id(), CycleGeneratedData.of(cycle.generated(), instants)), COLLECTION,
                    cycle.id(), cycle.version())));
        }
        Set<Integer> failed = new HashSet<>();
        try {
            mongo.getCollection(COLLECTION).withDocumentClass(RawBsonDocument.class)
                    .insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                failed.add(error.getIndex());
            }
        }
        for (int i = 0; i < cycles.size(); i++) {
            if (!failed.contains(i)) {
                relay.notifyPending(COLLECTION, cycles.get(i).id());
            }
        }
        return cycles.size() - failed.size();
    }

    @Override
    public Optional<InspectionCycle> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(MongoInspectionCycles::toDomain);
    }

    @Override
    public List<InspectionCycle> ofPerson(String groupId, String personId, Instant from, Instant to, int limit) {
        Query query = Query.query(Criteria.where("assigneePersonIds").is(personId).and("groupId").is(groupId)
                .and("windowStart").lt(Date.from(to)).and("windowEnd").gt(Date.from(from)))
                .with(Sort.by("windowStart")).limit(limit);
        return find(query);
    }

    @Override
    public List<InspectionCycle> overdueOfPerson(String groupId, String personId, Instant before, int limit) {
        Query query = Query.query(Criteria.where("assigneePersonIds").is(personId).and("groupId").is(groupId)
                .and("state").is(CycleState.OPEN.name()).and("windowEnd").lte(Date.from(before)))
                .with(Sort.by("windowEnd")).limit(limit);
        return find(query);
    }

    @Override
    public List<InspectionCycle> ofTask(String taskId, Instant from, Instant to) {
        Query query = Query.query(Criteria.where("taskId").is(taskId).and("windowStart").gte(Date.from(from))
                .lt(Date.from(to))).with(Sort.by("windowStart"));
        return find(query);
    }

    @Override
    public List<InspectionCycle> openEndedBy(Instant endedBy, int limit) {
        Query query = Query.query(Criteria.where("state").is(CycleState.OPEN.name()).and("windowEnd").lte(Date.from(endedBy)))
                .with(Sort.by("windowEnd")).limit(limit);
        return find(query);
    }

    @Override
    public boolean close(String cycleId, CycleState to, String recordId) {
        Query query = Query.query(Criteria.where("_id").is(cycleId).and("state").is(CycleState.OPEN.name()));
        Update update = new Update().set("state", to.name()).set("recordId", recordId).inc("version", 1);
        return mongo.updateFirst(query, update, COLLECTION).getModifiedCount() == 1;
    }

    @Override
    public boolean correct(String cycleId, String recordId) {
        Query query = Query.query(Criteria.where("_id").is(cycleId)
                .and("state").in(CycleState.MISSED.name(), CycleState.OPEN.name()));
        Update update = new Update().set("state", CycleState.DONE.name()).set("recordId", recordId).inc("version", 1);
        return mongo.updateFirst(query, update, COLLECTION).getModifiedCount() == 1;
    }

    @Override
    public List<InspectionCycle> notEndedOfTasks(java.util.Collection<String> taskIds, Instant now) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return find(Query.query(Criteria.where("taskId").in(taskIds).and("windowEnd").gt(Date.from(now))));
    }

    @Override
    public boolean cancel(InspectionCycle cycle, String reason) {
        Query query = Query.query(Criteria.where("_id").is(cycle.id()).and("recordId").is(null)
                .and("state").in(CycleState.OPEN.name(), CycleState.SUSPENDED.name()));
        OutboxMessage message = messages.domainEvent(new NewEvent(CycleCancelled.TYPE, cycle.groupId(),
                cycle.enterpriseId(), cycle.id(), cycle.cancelled(reason)), COLLECTION, cycle.id(), cycle.version() + 1);
        Document bson = new Document();
        mongo.getConverter().write(message, bson);
        bson.remove("_class");
        Update update = new Update().set("state", CycleState.CANCELLED.name()).set(SLOT, "cancelled:" + cycle.id())
                .set("cancelReason", reason).inc("version", 1).push(AggregateStore.OUTBOX_FIELD, bson);
        if (mongo.updateFirst(query, update, COLLECTION).getModifiedCount() != 1) {
            return false;
        }
        relay.notifyPending(COLLECTION, cycle.id());
        return true;
    }

    @Override
    public long suspendOfUnit(String unitId, Instant from, Instant to) {
        Criteria criteria = Criteria.where("unitId").is(unitId).and("state").is(CycleState.OPEN.name())
                .and("windowEnd").gt(Date.from(from));
        if (to != null) {
            criteria = criteria.and("windowStart").lt(Date.from(to));
        }
        Update update = new Update().set("state", CycleState.SUSPENDED.name()).inc("version", 1);
        return mongo.updateMulti(Query.query(criteria), update, COLLECTION).getModifiedCount();
    }

    @Override
    public List<InspectionCycle> suspendedOfUnit(String unitId, Instant from, Instant now) {
        return find(Query.query(Criteria.where("unitId").is(unitId).and("state").is(CycleState.SUSPENDED.name())
                .and("windowStart").gte(Date.from(from)).and("windowEnd").gt(Date.from(now))));
    }

    @Override
    public boolean reopen(String cycleId) {
        Query query = Query.query(Criteria.where("_id").is(cycleId).and("state").is(CycleState.SUSPENDED.name()));
        Update update = new Update().set("state", CycleState.OPEN.name()).inc("version", 1);
        return mongo.updateFirst(query, update, COLLECTION).getModifiedCount() == 1;
    }

    private List<InspectionCycle> find(Query query) {
        query.fields().exclude(AggregateStore.OUTBOX_FIELD);
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoInspectionCycles::toDomain).toList();
    }

    private static InspectionCycle toDomain(Document d) {
        List<String> assignees = d.getList("assigneePersonIds", String.class);
        Number version = (Number) d.get("version");
        return new InspectionCycle(d.getString("_id"), version.longValue(), d.getString("groupId"),
                d.getString("enterpriseId"), d.getString("taskId"), d.getString("measureId"), d.getString("unitId"),
                d.getString("troubleshootContent"), d.getString("workType"), d.getInteger("taskNum"),
                d.getDate("windowStart").toInstant(), d.getDate("windowEnd").toInstant(),
                assignees == null ? List.of() : assignees, CycleState.valueOf(d.getString("state")),
                d.getString("recordId"), d.getString("scheduleKey"));
    }
}
