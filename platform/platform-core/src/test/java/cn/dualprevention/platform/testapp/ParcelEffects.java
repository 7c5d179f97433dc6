package cn.dualprevention.platform.testapp;

import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.inbox.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Set;

/** A deliberately non-idempotent effect (a counter), so that only the inbox stands between a redelivery and a double count. */
@Component
public class ParcelEffects implements EventHandler {

    public static final String COLLECTION = "parcel_effects";

    private final MongoTemplate mongo;

    ParcelEffects(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("test.parcel.created.v1");
    }

    @Override
    public void handle(EventEnvelope event) {
        mongo.upsert(Query.query(Criteria.where("_id").is(event.aggregateId())), new Update().inc("count", 1), COLLECTION);
    }

    public int count(String parcelId) {
        org.bson.Document doc = mongo.findById(parcelId, org.bson.Document.class, COLLECTION);
        return doc == null ? 0 : doc.getInteger("count");
    }
}
