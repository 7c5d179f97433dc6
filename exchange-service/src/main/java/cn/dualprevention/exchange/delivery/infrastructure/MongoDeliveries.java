package cn.dualprevention.exchange.delivery.infrastructure;

import cn.dualprevention.exchange.delivery.domain.Delivery;
import cn.dualprevention.exchange.delivery.domain.DeliveryAttempt;
import cn.dualprevention.exchange.delivery.domain.DeliveryFilter;
import cn.dualprevention.exchange.delivery.domain.DeliveryRepository;
import cn.dualprevention.exchange.delivery.domain.DeliveryState;
import cn.dualprevention.exchange.delivery.domain.Outcome;
import cn.dualprevention.exchange.delivery.domain.PlannedDelivery;
import cn.dualprevention.exchange.record.domain.RecordRef;
import cn.dualprevention.exchange.record.domain.RecordType;
import com.mongodb.MongoBulkWriteException;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Deliveries in {@code deliveries}, {@code _id} = {@code <receiverId>:<recordType>:<recordId>}. Every change of
 * state is conditional on the revision it is about, so a newer version of the record planned meanwhile is never
 * overwritten by the answer about an older one; what a receiver accepted is remembered either way.
 */
@Repository
class MongoDeliveries implements DeliveryRepository {

    static final String COLLECTION = "deliveries";
    private static final int CHUNK = 1000;

    private final MongoTemplate mongo;

    MongoDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("receiverId", Sort.Direction.ASC).on("state", Sort.Direction.ASC)
                .on("parentOrder", Sort.Direction.ASC).on("pendingSince", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("groupId", Sort.Direction.ASC).on("updatedAt", Sort.Direction.DESC));
        // every change is conditional on (id, revision); unique because the id is: lets an in-memory MongoDB
        // (mongo-java-server: tests, local mode) find the delivery without scanning the collection
        mongo.indexOps(COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC).on("revision", Sort.Direction.ASC)
                .unique().named("id_revision"));
    }

    @Override
    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(MongoDeliveries::toDelivery);
    }

    @Override
    public List<Delivery> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, COLLECTION).stream()
                .map(MongoDeliveries::toDelivery).toList();
    }

    @Override
    public void plan(List<PlannedDelivery> planned, boolean force) {
        for (int from = 0; from < planned.size(); from += CHUNK) {
            planChunk(planned.subList(from, Math.min(planned.size(), from + CHUNK)), force);
        }
    }

    private void planChunk(List<PlannedDelivery> planned, boolean force) {
        Map<String, Document> existing = mongo.find(Query.query(Criteria.where("_id").in(planned.stream().map(PlannedDelivery::id).toList())),
                Document.class, COLLECTION).stream().collect(Collectors.toMap(d -> d.getString("_id"), Function.identity()));
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        int operations = 0;
        for (PlannedDelivery p : planned) {
            Document before = existing.get(p.id());
            boolean held = !p.heldReasons().isEmpty();
            if (before == null) {
                Document doc = new Document("_id", p.id()).append("receiverId", p.receiverId()).append("groupId", p.groupId())
                        .append("enterpriseId", p.enterpriseId()).append("recordType", p.ref().type().specName())
                        .append("recordId", p.ref().id()).append("parentOrder", p.ref().type().parentOrder())
                        .append("state", (held ? DeliveryState.HELD : DeliveryState.PENDING).name()).append("revision", p.revision())
                        .append("reasons", p.heldReasons()).append("attempts", 0).append("force", force && !held)
                        .append("pendingSince", held ? null : date(p.at())).append("nextAttemptAt", date(p.at()))
                        .append("acceptedRevision", 0L).append("everAccepted", false).append("updatedAt", date(p.at()))
                        .append("history", List.of());
                bulk.insert(doc);
                operations++;
                continue;
            }
            long revision = before.get("revision", Number.class).longValue();
            if (revision > p.revision() || revision == p.revision() && !force) {
                continue; // already planned (a repeated event), or a newer version is
            }
            DeliveryState state = DeliveryState.valueOf(before.getString("state"));
            Update update = new Update().set("revision", p.revision()).set("updatedAt", date(p.at())).set("attempts", 0)
                    .set("nextAttemptAt", date(p.at())).set("batchId", null);
            if (held) {
                update.set("state", DeliveryState.HELD.name()).set("reasons", p.heldReasons()).set("pendingSince", null).set("force", false);
            } else {
                update.set("state", DeliveryState.PENDING.name()).set("reasons", List.of()).set("force", force)
                        .set("pendingSince", state.undelivered() && before.getDate("pendingSince") != null
                                ? before.getDate("pendingSince") : date(p.at()));
            }
            bulk.updateOne(Query.query(Criteria.where("_id").is(p.id()).and("revision").is(revision)), update);
            operations++;
        }
        if (operations > 0) {
            try {
                bulk.execute();
            } catch (DuplicateKeyException | MongoBulkWriteException e) {
                // another writer planned the same delivery at the same moment: its version stands
            } catch (RuntimeException e) {
                if (!String.valueOf(e.getMessage()).contains("E11000")) {
                    throw e;
                }
            }
        }
    }

    @Override
    public List<Delivery> due(String receiverId, Instant now, Instant sentBefore, int limit) {
        Query query = Query.query(dueCriteria(receiverId, now, sentBefore))
                .with(Sort.by("parentOrder", "pendingSince")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoDeliveries::toDelivery).toList();
    }

    @Override
    public boolean anyDue(String receiverId, Instant now, Instant sentBefore) {
        // the first match answers (a count would read every delivery of the receiver: on an in-memory MongoDB,
        // which uses no index for this query, that blocked the collection for the keeper's writes on each wake)
        Query first = Query.query(dueCriteria(receiverId, now, sentBefore)).limit(1);
        first.fields().include("_id");
        return mongo.findOne(first, Document.class, COLLECTION) != null;
    }

    private static Criteria dueCriteria(String receiverId, Instant now, Instant sentBefore) {
        Criteria pending = Criteria.where("state").is(DeliveryState.PENDING.name()).and("nextAttemptAt").lte(date(now));
        Criteria overdueReceipt = Criteria.where("state").is(DeliveryState.SENT.name()).and("sentAt").lt(date(sentBefore));
        return Criteria.where("receiverId").is(receiverId).orOperator(pending, overdueReceipt);
    }

    @Override
    public Set<String> everAccepted(String receiverId, Collection<RecordRef> refs) {
        if (refs.isEmpty()) {
            return Set.of();
        }
        Map<String, String> keyById = new HashMap<>();
        refs.forEach(ref -> keyById.put(Delivery.idOf(receiverId, ref), ref.key()));
        Query query = Query.query(Criteria.where("_id").in(keyById.keySet())); // by id alone: an index lookup everywhere
        query.fields().include("_id").include("everAccepted");
        Set<String> accepted = new HashSet<>();
        mongo.find(query, Document.class, COLLECTION).stream().filter(doc -> Boolean.TRUE.equals(doc.getBoolean("everAccepted")))
                .forEach(doc -> accepted.add(keyById.get(doc.getString("_id"))));
        return accepted;
    }

    @Override
    public void record(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, COLLECTION);
        for (Outcome o : outcomes) {
            Update update = new Update().set("state", o.state().name()).set("updatedAt", date(o.at())).set("reasons", o.reasons());
            if (o.message() != null || o.state() != DeliveryState.PENDING) {
                update.set("message", o.message());
            }
            switch (o.state()) {
                case ACCEPTED -> update.set("acceptedRevision", o.revision()).set("acceptedHash", o.acceptedHash())
                        .set("everAccepted", true).set("answeredAt", date(o.at())).set("pendingSince", null).set("force", false)
                        .set("nextAttemptAt", null);
                case REJECTED -> update.set("answeredAt", date(o.at())).set("pendingSince", null).set("force", false)
                        .set("nextAttemptAt", null);
                case HELD -> update.set("pendingSince", null).set("force", false).set("nextAttemptAt", null);
                case SENT -> update.set("sentAt", date(o.at())).set("sentHash", o.acceptedHash()).set("batchId", o.batchId());
                case PENDING -> update.set("nextAttemptAt", date(o.nextAttemptAt() == null ? o.at() : o.nextAttemptAt()));
            }
            if (o.countsAsAttempt() && (o.state() == DeliveryState.SENT || o.state() == DeliveryState.PENDING)) {
                update.inc("attempts", 1);
            }
            if (o.audit() != null) {
                update.push("history").atPosition(Update.Position.LAST).value(new Document("at", date(o.at()))
                        .append("revision", o.revision()).append("outcome", o.audit()).append("message", o.message())
                        .append("batchId", o.batchId()));
            }
            // a newer revision planned meanwhile stays pending: the answer about an older one does not settle it
            bulk.updateOne(Query.query(Criteria.where("_id").is(o.deliveryId()).and("revision").is(o.revision())), update);
            if (o.state() == DeliveryState.ACCEPTED) {
                // … but what the receiver now holds is remembered either way (a receiver's answers come one batch after
                // the other), so the newer revision is not sent again when its fields are the same
                bulk.updateOne(Query.query(Criteria.where("_id").is(o.deliveryId())), new Update().set("acceptedHash", o.acceptedHash())
                        .set("everAccepted", true).max("acceptedRevision", o.revision()));
            }
        }
        bulk.execute();
        trimHistories(outcomes.stream().filter(o -> o.audit() != null).map(Outcome::deliveryId).collect(Collectors.toSet()));
    }

    /** Keeps the latest {@value Delivery#HISTORY} lines of the audit trail. */
    private void trimHistories(Set<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("history");
        List<Document> tooLong = mongo.find(query, Document.class, COLLECTION).stream()
                .filter(doc -> doc.getList("history", Object.class, List.of()).size() > Delivery.HISTORY).toList();
        if (tooLong.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (Document doc : tooLong) {
            List<?> history = doc.getList("history", Object.class);
            bulk.updateOne(Query.query(Criteria.where("_id").is(doc.get("_id"))),
                    new Update().set("history", history.subList(history.size() - Delivery.HISTORY, history.size())));
        }
        bulk.execute();
    }

    @Override
    public List<Delivery> inBatch(String receiverId, String batchId) {
        return mongo.find(Query.query(Criteria.where("receiverId").is(receiverId).and("batchId").is(batchId)
                .and("state").is(DeliveryState.SENT.name())), Document.class, COLLECTION).stream().map(MongoDeliveries::toDelivery).toList();
    }

    @Override
    public boolean resend(String id, Instant now) {
        Document before = mongo.findById(id, Document.class, COLLECTION);
        if (before == null) {
            return false;
        }
        boolean undelivered = DeliveryState.valueOf(before.getString("state")).undelivered();
        Update update = new Update().set("state", DeliveryState.PENDING.name()).set("force", true).set("attempts", 0)
                .set("nextAttemptAt", date(now)).set("updatedAt", date(now))
                .set("pendingSince", undelivered && before.getDate("pendingSince") != null ? before.getDate("pendingSince") : date(now))
                .push("history").value(new Document("at", date(now)).append("revision", before.get("revision"))
                        .append("outcome", "re-send requested"));
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("revision").is(before.get("revision"))), update,
                COLLECTION).getMatchedCount() > 0;
    }

    @Override
    public List<Delivery> search(DeliveryFilter f) {
        Criteria criteria = Criteria.where("groupId").is(f.groupId());
        if (f.enterpriseIds() != null) {
            criteria.and("enterpriseId").in(f.enterpriseIds());
        }
        if (f.receiverId() != null) {
            criteria.and("receiverId").is(f.receiverId());
        }
        if (f.type() != null) {
            criteria.and("recordType").is(f.type().specName());
        }
        if (f.state() != null) {
            criteria.and("state").is(f.state().name());
        }
        if (f.from() != null || f.to() != null) {
            Criteria time = criteria.and("updatedAt");
            if (f.from() != null) {
                time.gte(date(f.from()));
            }
            if (f.to() != null) {
                time.lt(date(f.to()));
            }
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "updatedAt")).limit(f.limit());
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoDeliveries::toDelivery).toList();
    }

    @Override
    public Map<String, Backlog> backlog() {
        Query query = Query.query(Criteria.where("state").in(DeliveryState.PENDING.name(), DeliveryState.SENT.name()));
        query.fields().include("receiverId").include("pendingSince");
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Instant> oldest = new HashMap<>();
        for (Document doc : mongo.find(query, Document.class, COLLECTION)) {
            String receiver = doc.getString("receiverId");
            counts.computeIfAbsent(receiver, r -> new long[1])[0]++;
            Date since = doc.getDate("pendingSince");
            if (since != null) {
                oldest.merge(receiver, since.toInstant(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<String, Backlog> backlog = new HashMap<>();
        counts.forEach((receiver, count) -> backlog.put(receiver, new Backlog(count[0], oldest.get(receiver))));
        return backlog;
    }

    @Override
    public void deleteOfReceiver(String receiverId) {
        mongo.remove(Query.query(Criteria.where("receiverId").is(receiverId)), COLLECTION);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static Delivery toDelivery(Document d) {
        List<DeliveryAttempt> history = new ArrayList<>();
        for (Object line : d.getList("history", Object.class, List.of())) {
            Document h = (Document) line;
            history.add(new DeliveryAttempt(instant(h, "at"), h.get("revision", Number.class) == null ? 0 : h.get("revision", Number.class).longValue(),
                    h.getString("outcome"), h.getString("message"), h.getString("batchId")));
        }
        RecordRef ref = new RecordRef(RecordType.ofSpecName(d.getString("recordType")).orElseThrow(), d.getString("recordId"));
        return new Delivery(d.getString("_id"), d.getString("receiverId"), d.getString("groupId"), d.getString("enterpriseId"), ref,
                DeliveryState.valueOf(d.getString("state")), d.get("revision", Number.class).longValue(),
                d.getList("reasons", String.class, List.of()), d.getString("message"),
                d.get("attempts", Number.class) == null ? 0 : d.get("attempts", Number.class).intValue(), d.getString("batchId"),
                Boolean.TRUE.equals(d.getBoolean("force")), instant(d, "pendingSince"), instant(d, "nextAttemptAt"),
                instant(d, "sentAt"), d.getString("sentHash"), instant(d, "answeredAt"),
                d.get("acceptedRevision", Number.class) == null ? 0 : d.get("acceptedRevision", Number.class).longValue(),
                d.getString("acceptedHash"), Boolean.TRUE.equals(d.getBoolean("everAccepted")), instant(d, "updatedAt"), history);
    }
}
