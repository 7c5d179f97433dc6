package cn.dualprevention.platform.readmodel;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Map;

/**
 * Writes a read model built from another service's events so that applying an event twice, or an
 * older event after a newer one, has no effect: the document keeps the aggregate version it was
 * built from, and a write only lands when the event's version is newer. One single-document write,
 * so it holds even without transactions.
 */
public class ReadModelWriter {

    public static final String SOURCE_VERSION = "sourceVersion";

    private final MongoTemplate mongo;

    public ReadModelWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Sets {@code fields} on document {@code id} if it holds a version older than {@code version} (or
     * does not exist yet).
     *
     * @return true when the write landed, false when the document was already as new or newer
     */
    public boolean applyIfNewer(String collection, String id, long version, Map<String, ?> fields) {
        Query query = Query.query(Criteria.where("_id").is(id).and(SOURCE_VERSION).lt(version));
        Update update = new Update();
        fields.forEach(update::set);
        update.set(SOURCE_VERSION, version);
        try {
            UpdateResult result = mongo.upsert(query, update, Document.class, collection);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
