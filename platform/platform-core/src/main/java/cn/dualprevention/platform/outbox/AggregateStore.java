package cn.dualprevention.platform.outbox;

import cn.dualprevention.platform.errors.ConcurrentChangeException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.events.NewEvent;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an aggregate and the events of its change in ONE single-document write (the transactional
 * outbox without multi-document transactions): the events ride in the document's {@code outbox}
 * array until the {@link OutboxRelay} has published them. A crash between the write and the publish
 * loses nothing; the sweep publishes what is left after a restart.
 */
public class AggregateStore {

    public static final String OUTBOX_FIELD = "outbox";
    private static final String VERSION_FIELD = "version";

    private final MongoTemplate mongo;
    private final OutboxMessages messages;
    private final OutboxRelay relay;

    public AggregateStore(MongoTemplate mongo, OutboxMessages messages, OutboxRelay relay) {
        this.mongo = mongo;
        this.messages = messages;
        this.relay = relay;
    }

    /** Inserts a new aggregate (its version must be 1) with the events announcing it. */
    public void insert(AggregateDocument document, List<NewEvent> events) {
        insertWith(document, toMessages(document, events));
    }

    /** Inserts a new aggregate with ready-made outbox messages. */
    public void insertWith(AggregateDocument document, List<OutboxMessage> outbox) {
        if (document.version() != 1) {
            throw new IllegalArgumentException("a new aggregate starts at version 1");
        }
        String collection = mongo.getCollectionName(document.getClass());
        Document bson = new Document();
        mongo.getConverter().write(document, bson);
        bson.remove("_class");
        bson.put(OUTBOX_FIELD, toBson(outbox));
        mongo.execute(collection, c -> c.insertOne(bson));
        relay.notifyPending(collection, document.id());
    }

    /**
     * Replaces the state of an existing aggregate whose stored version is {@code document.version() - 1}
     * and appends the events of the change.
     *
     * @throws ConcurrentChangeException when someone else changed it in between
     * @throws NotFoundException         when it does not exist
     */
    public void update(AggregateDocument document, List<NewEvent> events) {
        updateWith(document, toMessages(document, events));
    }

    public void updateWith(AggregateDocument document, List<OutboxMessage> outbox) {
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
        Query query = Query.query(Criteria.where("_id").is(document.id()).and(VERSION_FIELD).is(document.version() - 1));
        UpdateResult result = mongo.updateFirst(query, update, collection);
        if (result.getMatchedCount() == 0) {
            boolean exists = mongo.exists(Query.query(Criteria.where("_id").is(document.id())), collection);
            String kind = entity.getCollection();
            if (exists) {
                throw new ConcurrentChangeException(kind, document.id());
            }
            throw new NotFoundException(kind, document.id());
        }
        if (!outbox.isEmpty()) {
            relay.notifyPending(collection, document.id());
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
