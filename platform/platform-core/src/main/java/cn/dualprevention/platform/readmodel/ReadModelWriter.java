package cn.dualprevention.platform.readmodel;

import com.mongodb.MongoWriteException;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a read model built from another service's events so that applying an event twice, or an
 * older event after a newer one, has no effect: the document keeps the aggregate version it was
 * built from, and a write only lands when the event's version is newer. One single-document write,
 * so it holds even without transactions.
 *
 * <p>On MongoDB that is one conditional upsert ({@code _id} and {@code sourceVersion < version}), served by the
 * {@code _id} index. mongo-java-server (local mode's stand-in database) uses an index only when a query names exactly
 * an index's fields with equal values, so that upsert read the whole collection for every event (assessment-service's
 * task facts after scheduling 12,500 tasks: one full read each). With {@code exactMatchIndexes} on
 * ({@code dp.store.exact-match-indexes}, set by local mode) the write reads the stored version by {@code _id} and
 * then updates conditional on exactly that version, through a unique ({@code _id}, {@code sourceVersion}) index added
 * at the collection's first write; a document changed in between is read again. Same outcome, lookups only.
 */
public class ReadModelWriter {

    public static final String SOURCE_VERSION = "sourceVersion";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final boolean exactMatchIndexes;
    private final Set<String> versionIndexed = ConcurrentHashMap.newKeySet();

    public ReadModelWriter(MongoTemplate mongo) {
        this(mongo, false);
    }

    /** @param exactMatchIndexes write through lookups the stand-in database can serve from an index (class comment) */
    public ReadModelWriter(MongoTemplate mongo, boolean exactMatchIndexes) {
        this.mongo = mongo;
        this.exactMatchIndexes = exactMatchIndexes;
    }

    /**
     * Sets {@code fields} on document {@code id} if it holds a version older than {@code version} (or
     * does not exist yet).
     *
     * @return true when the write landed, false when the document was already as new or newer
     */
    public boolean applyIfNewer(String collection, String id, long version, Map<String, ?> fields) {
        Update update = new Update();
        fields.forEach(update::set);
        update.set(SOURCE_VERSION, version);
        if (exactMatchIndexes) {
            return applyByLookups(collection, id, version, fields, update);
        }
        Query query = Query.query(Criteria.where("_id").is(id).and(SOURCE_VERSION).lt(version));
        try {
            UpdateResult result = mongo.upsert(query, update, Document.class, collection);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private boolean applyByLookups(String collection, String id, long version, Map<String, ?> fields, Update update) {
        if (versionIndexed.add(collection)) {
            mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC)
                    .on(SOURCE_VERSION, Sort.Direction.ASC).unique().named("id_source_version"));
        }
        while (true) {
            Query byId = Query.query(Criteria.where("_id").is(id));
            byId.fields().include(SOURCE_VERSION);
            Document stored = mongo.findOne(byId, Document.class, collection);
            if (stored == null) {
                if (insert(collection, id, version, fields)) {
                    return true;
                }
                continue; // written meanwhile: compare with that
            }
            if (!(stored.get(SOURCE_VERSION) instanceof Number storedVersion) || storedVersion.longValue() >= version) {
                return false; // as new or newer (or not a versioned read model document: never overwritten)
            }
            Query exact = Query.query(Criteria.where("_id").is(id).and(SOURCE_VERSION).is(stored.get(SOURCE_VERSION)));
            if (mongo.updateFirst(exact, update, collection).getMatchedCount() > 0) {
                return true;
            }
        }
    }

    /** The first version of the document; false when another write created it first. */
    private boolean insert(String collection, String id, long version, Map<String, ?> fields) {
        Document document = new Document("_id", id);
        fields.forEach((field, value) -> document.put(field, mongo.getConverter().convertToMongoType(value)));
        document.put(SOURCE_VERSION, version);
        try {
            mongo.getCollection(collection).insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
            return false;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
