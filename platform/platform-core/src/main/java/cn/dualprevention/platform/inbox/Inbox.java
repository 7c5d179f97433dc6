package cn.dualprevention.platform.inbox;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** 收件箱 — the ids of events this service has already applied, so a redelivery has no second effect. */
public class Inbox {

    public static final String COLLECTION = "inbox";

    private final MongoTemplate mongo;
    private final Clock clock;

    public Inbox(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Set<String> alreadyProcessed(Collection<String> eventIds) {
        Set<String> found = new HashSet<>();
        if (eventIds.isEmpty()) {
            return found;
        }
        Query query = Query.query(Criteria.where("_id").in(eventIds));
        query.fields().include("_id");
        for (Document doc : mongo.find(query, Document.class, COLLECTION)) {
            found.add(doc.getString("_id"));
        }
        return found;
    }

    public void markProcessed(List<ProcessedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<Document> docs = events.stream()
                .map(e -> new Document("_id", e.eventId()).append("type", e.type()).append("processedAt", java.util.Date.from(clock.instant())))
                .toList();
        try {
            mongo.getCollection(COLLECTION).insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream().allMatch(err -> err.getCode() == 11000);
            if (!onlyDuplicates) {
                throw e;
            }
        }
    }

    public record ProcessedEvent(String eventId, String type) {
    }
}
