package cn.dualprevention.assessment.facts.infrastructure;

import cn.dualprevention.platform.readmodel.ReadModelWriter;
import com.mongodb.MongoBulkWriteException;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies fact writes: one at a time (incremental path) or in bulk (rebuild), always with the outcome of the
 * platform's {@link ReadModelWriter#applyIfNewer}: a document keeps the newest version it saw. A bulk is cut into
 * waves so that one document appears at most once per wave, in the order of the writes — the same outcome as
 * applying them one by one, without transactions.
 */
@Component
class FactWriter {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final ReadModelWriter writer;

    FactWriter(MongoTemplate mongo, ReadModelWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    /**
     * Applies one write with the semantics of {@link ReadModelWriter#applyIfNewer}: a document that does not exist yet
     * is inserted (a plain insert, which any store serves from the _id index), one that exists is updated only when
     * the write is newer — through the platform's version-guarded writer.
     */
    void apply(int generation, FactWrite write) {
        String collection = FactCollections.physical(generation, write.collection());
        try {
            mongo.getCollection(collection).insertOne(document(write));
        } catch (com.mongodb.MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
            writer.applyIfNewer(collection, write.id(), write.version(), write.fields());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            writer.applyIfNewer(collection, write.id(), write.version(), write.fields());
        }
    }

    void applyAll(int generation, List<FactWrite> writes) {
        Map<String, List<FactWrite>> byCollection = new LinkedHashMap<>();
        for (FactWrite write : writes) {
            byCollection.computeIfAbsent(write.collection(), c -> new ArrayList<>()).add(write);
        }
        byCollection.forEach((collection, list) -> {
            for (List<FactWrite> wave : waves(list)) {
                bulk(generation, collection, wave);
            }
        });
    }

    private static List<List<FactWrite>> waves(List<FactWrite> writes) {
        List<List<FactWrite>> waves = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (FactWrite write : writes) {
            int wave = seen.merge(write.id(), 1, Integer::sum) - 1;
            while (waves.size() <= wave) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(write);
        }
        return waves;
    }

    /**
     * One wave: the documents that do not exist yet are inserted in one unordered bulk; those that exist (a
     * redelivery, or the live consumer got there first) and any insert that lost a race go through the
     * version-guarded single write.
     */
    private void bulk(int generation, String collection, List<FactWrite> wave) {
        var target = mongo.getCollection(FactCollections.physical(generation, collection));
        List<String> ids = wave.stream().map(FactWrite::id).toList();
        java.util.Set<String> existing = new java.util.HashSet<>();
        target.find(new Document("_id", new Document("$in", ids))).projection(new Document("_id", 1))
                .forEach(d -> existing.add(d.getString("_id")));
        List<FactWrite> inserts = new ArrayList<>();
        List<FactWrite> guarded = new ArrayList<>();
        for (FactWrite write : wave) {
            (existing.contains(write.id()) ? guarded : inserts).add(write);
        }
        if (!inserts.isEmpty()) {
            try {
                target.insertMany(inserts.stream().map(FactWriter::document).toList(),
                        new com.mongodb.client.model.InsertManyOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                if (!e.getWriteErrors().stream().allMatch(err -> err.getCode() == DUPLICATE_KEY)) {
                    throw e;
                }
                e.getWriteErrors().forEach(err -> guarded.add(inserts.get(err.getIndex())));
            }
        }
        guarded.forEach(write -> writer.applyIfNewer(FactCollections.physical(generation, collection), write.id(),
                write.version(), write.fields()));
    }

    private static Document document(FactWrite write) {
        Document doc = new Document("_id", write.id());
        doc.putAll(write.fields());
        doc.put(ReadModelWriter.SOURCE_VERSION, write.version());
        return doc;
    }
}
