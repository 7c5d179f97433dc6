package cn.dualprevention.assessment.facts.infrastructure;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Which generation of the fact collections answers queries (active) and which one a rebuild is filling
 * (building), kept in one document of {@code fact_generations}. Instances cache it for a short time; a rebuild
 * waits longer than that before it takes its snapshot of the topics, so every instance writes new events to the
 * building generation too and nothing falls between replay and swap.
 */
@Component
public class Generations {

    static final String COLLECTION = "fact_generations";
    private static final String ID = "current";

    private final MongoTemplate mongo;
    private final Duration cacheFor;
    private final java.util.Set<Integer> indexed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile State cached;
    private volatile long cachedAt;

    Generations(MongoTemplate mongo, @Value("${dp.assessment.generation-cache:PT1S}") Duration cacheFor) {
        this.mongo = mongo;
        this.cacheFor = cacheFor;
    }

    public Duration cacheFor() {
        return cacheFor;
    }

    /** The generation queries read. */
    public int active() {
        return state().active();
    }

    /** Whether a rebuild is filling a generation right now (read from the store, not the cache). */
    public boolean rebuilding() {
        return load().building() != null;
    }

    /** Where an incoming event goes: the active generation and, during a rebuild, the one being built. */
    List<Integer> targets() {
        State s = state();
        List<Integer> result = new ArrayList<>(2);
        result.add(s.active());
        if (s.building() != null && s.building() != s.active()) {
            result.add(s.building());
        }
        return result;
    }

    State state() {
        State s = cached;
        if (s == null || System.nanoTime() - cachedAt > cacheFor.toNanos()) {
            s = load();
            cached = s;
            cachedAt = System.nanoTime();
        }
        return s;
    }

    State load() {
        Document doc = mongo.getCollection(COLLECTION).findOneAndUpdate(new Document("_id", ID),
                new Document("$setOnInsert", new Document("active", 1)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        State s = new State(doc.getInteger("active", 1), doc.getInteger("building"));
        ensureIndexes(s.active());
        return s;
    }

    /** Claims the next generation for a rebuild; null when a rebuild is already under way. */
    Integer startBuilding() {
        State s = load();
        if (s.building() != null) {
            return null;
        }
        int next = s.active() + 1;
        Document claimed = mongo.getCollection(COLLECTION).findOneAndUpdate(
                new Document("_id", ID).append("active", s.active()).append("building", null),
                new Document("$set", new Document("building", next)));
        if (claimed == null) {
            return null;
        }
        for (String base : FactCollections.ALL) {
            mongo.getCollection(FactCollections.physical(next, base)).drop();
        }
        indexed.remove(next);
        ensureIndexes(next);
        invalidate();
        return next;
    }

    /** Makes the rebuilt generation the active one and drops the one before the previous. */
    void swap(int built) {
        State s = load();
        mongo.getCollection(COLLECTION).updateOne(new Document("_id", ID).append("building", built),
                new Document("$set", new Document("active", built).append("building", null)));
        invalidate();
        int obsolete = s.active() - 1;
        if (obsolete >= 1) {
            for (String base : FactCollections.ALL) {
                mongo.getCollection(FactCollections.physical(obsolete, base)).drop();
            }
        }
    }

    /** Gives up a rebuild: the active generation stays. */
    void abandon(int building) {
        mongo.getCollection(COLLECTION).updateOne(new Document("_id", ID).append("building", building),
                new Document("$set", new Document("building", null)));
        invalidate();
    }

    void invalidate() {
        cached = null;
    }

    private void ensureIndexes(int generation) {
        if (!indexed.add(generation)) {
            return;
        }
        for (String base : FactCollections.ALL) {
            var collection = mongo.getCollection(FactCollections.physical(generation, base));
            collection.createIndex(Indexes.ascending("enterpriseId"), new IndexOptions().background(true));
            collection.createIndex(Indexes.ascending("groupId"), new IndexOptions().background(true));
        }
        mongo.getCollection(FactCollections.physical(generation, FactCollections.CYCLES)).createIndex(Indexes.ascending("windowEnd"));
        mongo.getCollection(FactCollections.physical(generation, FactCollections.RECORDS)).createIndex(Indexes.ascending("cycleId"));
        mongo.getCollection(FactCollections.physical(generation, FactCollections.RECORDS)).createIndex(Indexes.ascending("checkTime"));
        mongo.getCollection(FactCollections.physical(generation, FactCollections.HAZARDS)).createIndex(Indexes.ascending("registTime"));
    }

    record State(int active, Integer building) {
    }
}
