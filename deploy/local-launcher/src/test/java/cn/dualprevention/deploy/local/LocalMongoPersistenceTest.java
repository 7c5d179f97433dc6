package cn.dualprevention.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

/**
 * Local-mode persistence under load: many documents with ObjectId keys, written in batches from the real
 * driver, must all be there after a clean stop and a restart on the same H2 file.
 */
class LocalMongoPersistenceTest {

    private static final int DOCUMENTS = 50_000;
    private static final int BATCH = 1_000;

    @TempDir
    Path dir;

    @Test
    void everyDocumentSurvivesACleanRestart() throws Exception {
        Path file = dir.resolve("mongo/dp.mv");
        List<ObjectId> ids = new ArrayList<>(DOCUMENTS);
        List<Document> samples = new ArrayList<>();

        long t0 = System.nanoTime();
        try (LocalMongo mongo = LocalMongo.start(0, file);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("dp-risk").getCollection("events");
            MongoCollection<Document> units = client.getDatabase("dp-hazard").getCollection("units");
            List<Document> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < DOCUMENTS; i++) {
                ObjectId id = new ObjectId();
                ids.add(id);
                Document doc = new Document("_id", id)
                        .append("seq", i)
                        .append("enterpriseId", "ent-" + (i % 37))
                        .append("title", "风险点 " + i)
                        .append("payload", "x".repeat(100 + (i % 200)))
                        .append("nested", new Document("level", i % 4).append("tags", List.of("a", "b", "c" + i)));
                batch.add(doc);
                if (i % 5_000 == 0) {
                    samples.add(doc);
                }
                if (batch.size() == BATCH) {
                    events.insertMany(batch);
                    batch = new ArrayList<>(BATCH);
                    // A second database written in between, as several services share one server.
                    units.insertOne(new Document("_id", new ObjectId()).append("seq", i));
                }
            }
            if (!batch.isEmpty()) {
                events.insertMany(batch);
            }
            System.out.printf("inserted in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            // Updates rewrite pages that are already on disk (half-dead chunks, as in the "Chunk N not found" report).
            for (int i = 0; i < DOCUMENTS; i += 10) {
                events.updateOne(Filters.eq("_id", ids.get(i)),
                        new Document("$set", new Document("updated", true)));
            }
            System.out.printf("updated in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        }
        System.out.printf("closed in %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        try (LocalMongo mongo = LocalMongo.start(0, file);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            System.out.printf("reopened in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            MongoCollection<Document> events = client.getDatabase("dp-risk").getCollection("events");
            assertThat(events.countDocuments()).isEqualTo(DOCUMENTS);
            System.out.printf("counted in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            assertThat(client.getDatabase("dp-hazard").getCollection("units").countDocuments())
                    .isEqualTo(DOCUMENTS / BATCH);
            for (Document sample : samples) {
                Document found = events.find(Filters.eq("_id", sample.getObjectId("_id"))).first();
                assertThat(found).isNotNull();
                assertThat(found.getString("payload")).isEqualTo(sample.getString("payload"));
                assertThat(found.get("nested", Document.class).getInteger("level"))
                        .isEqualTo(sample.get("nested", Document.class).getInteger("level"));
            }
            for (int n = 0; n < 200; n++) {
                int i = ThreadLocalRandom.current().nextInt(DOCUMENTS);
                Document found = events.find(Filters.eq("_id", ids.get(i))).first();
                assertThat(found).as("document %d", i).isNotNull();
                assertThat(found.getInteger("seq")).isEqualTo(i);
                assertThat(found.getBoolean("updated", false)).isEqualTo(i % 10 == 0);
            }
            System.out.printf("reopened and sampled in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            // Every id, in one pass over the collection (reads every page from the file).
            long seen = 0;
            long sum = 0;
            for (Document d : events.find().projection(new Document("seq", 1))) {
                seen++;
                sum += d.getInteger("seq");
            }
            assertThat(seen).isEqualTo(DOCUMENTS);
            assertThat(sum).isEqualTo((long) DOCUMENTS * (DOCUMENTS - 1) / 2);
        }
        System.out.printf("verified in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }
}
