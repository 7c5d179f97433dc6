package cn.dualprevention.platform.outbox;

import cn.dualprevention.platform.audit.AuditTrail;
import cn.dualprevention.platform.errors.ConcurrentChangeException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.events.NewEvent;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an aggregate and the events of its change in ONE single-document write (the transactional
 * outbox without multi-document transactions): the events ride in the document's {@code outbox}
 * array until the {@link OutboxRelay} has published them. A crash between the write and the publish
 * loses nothing; the sweep publishes what is left after a restart.
 *
 * <p>A change made by an HTTP request carries its audit entry in the same write ({@link AuditTrail}: actor, tenant,
 * request, field-level before/after): an update first reads the stored state at the expected version, so the
 * diff is exact, and the versioned write fails if anything changed in between.
 *
 * <p>Versioned writes look a document up by {@code _id} and {@code version}. MongoDB serves that from the {@code _id}
 * index; mongo-java-server (local mode's stand-in database) uses an index only when the query names exactly the
 * index's fields, so every update scanned the whole collection (an update of one task among 21,000 read all 21,000
 * from the H2 file, twice). With {@code exactMatchIndexes} on ({@code dp.store.exact-match-indexes}, set by local
 * mode) the first update of a collection adds a unique {@code id_version} index on ({@code _id}, {@code version}),
 * which that planner can use. It is off by default: on MongoDB the index is redundant, costs an index entry per
 * write, and building it on a large collection would hold up the first update after a deployment.
 */
public class AggregateStore {

    public static final String OUTBOX_FIELD = "outbox";
    private static final String VERSION_FIELD = "version";

    private final MongoTemplate mongo;
    private final OutboxMessages messages;
    private final OutboxRelay relay;
    private final AuditTrail audit;
    private final boolean exactMatchIndexes;
    private final Set<String> versionIndexed = ConcurrentHashMap.newKeySet();

    /** For tools and benchmarks outside a service context: audit entries name no service. */
    public AggregateStore(MongoTemplate mongo, OutboxMessages messages, OutboxRelay relay) {
        this(mongo, messages, relay, new AuditTrail(mongo, java.time.Clock.systemUTC(), "unnamed-service"));
    }

    public AggregateStore(MongoTemplate mongo, OutboxMessages messages, OutboxRelay relay, AuditTrail audit) {
        this(mongo, messages, relay, audit, false);
    }

    /** @param exactMatchIndexes add the {@code id_version} index mongo-java-server needs (see the class comment) */
    public AggregateStore(MongoTemplate mongo, OutboxMessages messages, OutboxRelay relay, AuditTrail audit,
                          boolean exactMatchIndexes) {
        this.mongo = mongo;
        this.messages = messages;
        this.relay = relay;
        this.audit = audit;
        this.exactMatchIndexes = exactMatchIndexes;
    }

    /** Inserts a new aggregate (its version must be 1) with the events announcing it. */
    public void insert(AggregateDocument document, List<NewEvent> events) {
        insertWith(document, toMessages(document, events), Tenant.of(events));
    }

    /** Inserts a new aggregate with ready-made outbox messages. */
    public void insertWith(AggregateDocument document, List<OutboxMessage> outbox) {
        insertWith(document, outbox, Tenant.NONE);
    }

    private void insertWith(AggregateDocument document, List<OutboxMessage> outbox, Tenant tenant) {
        if (document.version() != 1) {
            throw new IllegalArgumentException("a new aggregate starts at version 1");
        }
        String collection = mongo.getCollectionName(document.getClass());
        Document bson = new Document();
        mongo.getConverter().write(document, bson);
        bson.remove("_class");
        bson.put(OUTBOX_FIELD, toBson(outbox));
        Tenant of = tenant.or(bson);
        Document entry = audit.entryFor(collection, document.id(), document.version(), null, bson, of.groupId(), of.enterpriseId());
        if (entry != null) {
            bson.put(AuditTrail.PENDING_FIELD, List.of(entry));
        }
        mongo.execute(collection, c -> c.insertOne(bson));
        relay.notifyPending(collection, document.id());
        if (entry != null) {
            audit.moved(collection, document.id(), entry);
        }
    }

    /**
     * Replaces the state of an existing aggregate whose stored version is {@code document.version() - 1}
     * and appends the events of the change.
     *
     * @throws ConcurrentChangeException when someone else changed it in between
     * @throws NotFoundException         when it does not exist
     */
    public void update(AggregateDocument document, List<NewEvent> events) {
        updateWith(document, toMessages(document, events), Tenant.of(events));
    }

    public void updateWith(AggregateDocument document, List<OutboxMessage> outbox) {
        updateWith(document, outbox, Tenant.NONE);
    }

    private void updateWith(AggregateDocument document, List<OutboxMessage> outbox, Tenant tenant) {
        Class<?> type = document.getClass();
        String collection = mongo.getCollectionName(type);
        Document bson = new Document();
        mongo.getConverter().write(document, bson);
        Update update = new Update();
        bson.forEach((field, value) -> {
            if (!"_id".equals(field) && !OUTBOX_FIELD.equals(field) && !"_class".equals(field)) {
                update.set(field, value);
            }
        });
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        for (MongoPersistentProperty property : entity) {
            if (!property.isIdProperty() && !bson.containsKey(property.getFieldName())) {
                update.unset(property.getFieldName());
            }
        }
        if (!outbox.isEmpty()) {
            update.push(OUTBOX_FIELD).each(toBson(outbox).toArray());
        }
        if (exactMatchIndexes && !versionIndexed.contains(collection)) {
            mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC)
                    .on(VERSION_FIELD, Sort.Direction.ASC).unique().named("id_version"));
            versionIndexed.add(collection);
        }
        Query query = Query.query(Criteria.where("_id").is(document.id()).and(VERSION_FIELD).is(document.version() - 1));
        String kind = entity.getCollection();
        Document entry = null;
        if (audit.isRecording()) {
            Document before = mongo.findOne(query, Document.class, collection);
            if (before == null) {
                throw missingOrChanged(kind, document.id(), collection);
            }
            Tenant of = tenant.or(bson);
            entry = audit.entryFor(collection, document.id(), document.version(), before, bson, of.groupId(), of.enterpriseId());
            update.push(AuditTrail.PENDING_FIELD, entry);
        }
        UpdateResult result = mongo.updateFirst(query, update, collection);
        if (result.getMatchedCount() == 0) {
            throw missingOrChanged(kind, document.id(), collection);
        }
        if (!outbox.isEmpty()) {
            relay.notifyPending(collection, document.id());
        }
        if (entry != null) {
            audit.moved(collection, document.id(), entry);
        }
    }

    private RuntimeException missingOrChanged(String kind, String id, String collection) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(id)), collection)) {
            return new ConcurrentChangeException(kind, id);
        }
        return new NotFoundException(kind, id);
    }

    /** The tenant of a change: from its events, else from the document's own groupId/enterpriseId fields. */
    private record Tenant(String groupId, String enterpriseId) {
        static final Tenant NONE = new Tenant(null, null);

        static Tenant of(List<NewEvent> events) {
            return events.isEmpty() ? NONE : new Tenant(events.get(0).groupId(), events.get(0).enterpriseId());
        }

        Tenant or(Document bson) {
            return new Tenant(groupId != null ? groupId : text(bson.get("groupId")),
                    enterpriseId != null ? enterpriseId : text(bson.get("enterpriseId")));
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    private List<OutboxMessage> toMessages(AggregateDocument document, List<NewEvent> events) {
        String aggregateType = mongo.getCollectionName(document.getClass());
        List<OutboxMessage> result = new ArrayList<>(events.size());
        for (NewEvent event : events) {
            result.add(messages.domainEvent(event, aggregateType, document.id(), document.version()));
        }
        return result;
    }

    private List<Document> toBson(List<OutboxMessage> outbox) {
        List<Document> result = new ArrayList<>(outbox.size());
        for (OutboxMessage message : outbox) {
            Document bson = new Document();
            mongo.getConverter().write(message, bson);
            bson.remove("_class");
            result.add(bson);
        }
        return result;
    }
}
