package cn.dualprevention.assessment.facts.infrastructure;

import cn.dualprevention.platform.test.ServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batched path of a rebuild ends where applying the same writes one by one ends: the newest version of each
 * document wins, whatever the order in the batch and whatever the live consumer wrote first.
 */
@ServiceTest
class FactWriterTest {

    @Autowired
    FactWriter writer;
    @Autowired
    MongoTemplate mongo;

    static final int GENERATION = 97;

    @Test
    void aBatchKeepsTheNewestVersionOfEveryDocument() {
        String a = "a-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        String c = "c-" + UUID.randomUUID();
        // c was written by the live consumer at version 5 before the replay reached it
        writer.apply(GENERATION, new FactWrite("hazards", c, 5, Map.of("state", "ACCEPTED")));
        writer.applyAll(GENERATION, List.of(
                new FactWrite("hazards", a, 1, Map.of("state", "REMEDIATING")),
                new FactWrite("hazards", a, 2, Map.of("state", "ACCEPTED")),
                new FactWrite("hazards", b, 2, Map.of("state", "ACCEPTED")),
                new FactWrite("hazards", b, 1, Map.of("state", "REMEDIATING")),
                new FactWrite("hazards", c, 3, Map.of("state", "REMEDIATING"))));
        assertThat(doc(a)).containsEntry("state", "ACCEPTED").containsEntry("sourceVersion", 2L);
        assertThat(doc(b)).containsEntry("state", "ACCEPTED").containsEntry("sourceVersion", 2L);
        assertThat(doc(c)).containsEntry("state", "ACCEPTED").containsEntry("sourceVersion", 5L);

        // a redelivery of the whole batch changes nothing; a newer event does
        writer.applyAll(GENERATION, List.of(new FactWrite("hazards", a, 1, Map.of("state", "REMEDIATING")),
                new FactWrite("hazards", a, 3, Map.of("state", "REMEDIATING"))));
        writer.apply(GENERATION, new FactWrite("hazards", b, 1, Map.of("state", "REMEDIATING")));
        assertThat(doc(a)).containsEntry("state", "REMEDIATING").containsEntry("sourceVersion", 3L);
        assertThat(doc(b)).containsEntry("state", "ACCEPTED").containsEntry("sourceVersion", 2L);
    }

    private Document doc(String id) {
        return mongo.getCollection(FactCollections.physical(GENERATION, "hazards")).find(new Document("_id", id)).first();
    }
}
