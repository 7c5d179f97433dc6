package cn.dualprevention.platform;

import cn.dualprevention.platform.readmodel.ReadModelWriter;
import cn.dualprevention.platform.test.ServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ReadModelWriterTest {

    @Autowired
    ReadModelWriter writer;
    @Autowired
    MongoTemplate mongo;

    @Test
    void onlyANewerVersionChangesTheReadModel() {
        assertThat(writer.applyIfNewer("units_view", "u1", 1, Map.of("name", "first"))).isTrue();
        assertThat(writer.applyIfNewer("units_view", "u1", 3, Map.of("name", "third"))).isTrue();
        // a redelivery and a late, older event
        assertThat(writer.applyIfNewer("units_view", "u1", 3, Map.of("name", "third again"))).isFalse();
        assertThat(writer.applyIfNewer("units_view", "u1", 2, Map.of("name", "second"))).isFalse();

        Document doc = mongo.findById("u1", Document.class, "units_view");
        assertThat(doc.getString("name")).isEqualTo("third");
        assertThat(doc.getLong(ReadModelWriter.SOURCE_VERSION)).isEqualTo(3L);
    }

    @Test
    void theStandInDatabasesLookupPathKeepsTheSameRulesAndStoresTheSameDocuments() {
        ReadModelWriter lookups = new ReadModelWriter(mongo, true); // local mode: dp.store.exact-match-indexes
        Instant due = Instant.parse("2026-03-31T16:00:00Z");
        assertThat(lookups.applyIfNewer("hazards_view", "h1", 1, Map.of("state", "REMEDIATING", "deadline", due))).isTrue();
        assertThat(lookups.applyIfNewer("hazards_view", "h1", 4, Map.of("state", "ACCEPTED", "deadline", due))).isTrue();
        assertThat(lookups.applyIfNewer("hazards_view", "h1", 4, Map.of("state", "again", "deadline", due))).isFalse();
        assertThat(lookups.applyIfNewer("hazards_view", "h1", 2, Map.of("state", "SUBMITTED", "deadline", due))).isFalse();
        assertThat(writer.applyIfNewer("hazards_view", "h2", 1, Map.of("state", "REMEDIATING", "deadline", due))).isTrue();

        Document viaLookups = mongo.findById("h1", Document.class, "hazards_view");
        Document viaUpsert = mongo.findById("h2", Document.class, "hazards_view");
        assertThat(viaLookups.getString("state")).isEqualTo("ACCEPTED");
        assertThat(viaLookups.getLong(ReadModelWriter.SOURCE_VERSION)).isEqualTo(4L);
        assertThat(viaLookups.get("deadline")).isEqualTo(viaUpsert.get("deadline")).isInstanceOf(Date.class);
        assertThat(mongo.indexOps("hazards_view").getIndexInfo()).anySatisfy(index ->
                assertThat(index.getName()).isEqualTo("id_source_version"));
    }

    @Test
    void onTheLookupPathTwoWritersRacingForOneDocumentLeaveTheNewestVersion() throws Exception {
        ReadModelWriter lookups = new ReadModelWriter(mongo, true);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> writes = new ArrayList<>();
            for (int v = 1; v <= 40; v++) {
                long version = v;
                writes.add(pool.submit(() -> lookups.applyIfNewer("race_view", "r1", version, Map.of("v", version))));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        }
        Document doc = mongo.findById("r1", Document.class, "race_view");
        assertThat(doc.getLong(ReadModelWriter.SOURCE_VERSION)).isEqualTo(40L);
        assertThat(doc.getLong("v")).isEqualTo(40L);
    }
}
