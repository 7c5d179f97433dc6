package cn.dualprevention.platform;

import cn.dualprevention.platform.events.EventJson;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.platform.outbox.OutboxMessages;
import cn.dualprevention.platform.outbox.OutboxRelay;
import cn.dualprevention.platform.outbox.OutboxSweeper;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.platform.testapp.ParcelDocument;
import cn.dualprevention.platform.testapp.ParcelEffects;
import cn.dualprevention.platform.testapp.ParcelKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class OutboxTest {

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EventJson json;
    @Autowired
    OutboxSweeper sweeper;
    @Autowired
    ParcelEffects effects;

    @Test
    void aChangeIsPublishedOnceWithItsEnvelopeAndLeavesTheOutboxEmpty() {
        ApiClient.Response response = ApiClient.as("http://localhost:" + port, "tester", "g1")
                .post("/api/v1/parcels", "{\"enterpriseId\":\"ent-1\",\"name\":\"tank\",\"kind\":\"LARGE\"}");
        assertThat(response.status()).isEqualTo(201);
        String id = response.json().get("id").asString();

        try (EventProbe probe = new EventProbe(brokers, "dp.test.events")) {
            List<ConsumerRecord<String, String>> records = probe.await(about(id), 1, Duration.ofSeconds(60));
            assertThat(records).hasSize(1);
            ConsumerRecord<String, String> record = records.get(0);
            assertThat(record.key()).isEqualTo("ent-1");
            JsonNode envelope = json.mapper().readTree(record.value());
            assertThat(envelope.get("type").asString()).isEqualTo("test.parcel.created.v1");
            assertThat(envelope.get("specversion").asString()).isEqualTo("1.0");
            assertThat(envelope.get("source").asString()).isEqualTo("platform-test");
            assertThat(envelope.get("aggregateVersion").asLong()).isEqualTo(1);
            assertThat(envelope.get("actor").asString()).isEqualTo("tester");
            assertThat(envelope.get("data").get("name").asString()).isEqualTo("tank");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> effects.count(id) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingOutbox(id).isEmpty());
    }

    /**
     * Local mode's stand-in database only uses an index whose fields are exactly the query's: with
     * dp.store.exact-match-indexes the first versioned update adds the (_id, version) index it can use, and versioned
     * updates and their conflict detection work as before. Off (the default, as on MongoDB) no such index is made.
     */
    @Test
    void exactMatchIndexesServeVersionedUpdatesOnTheStandInDatabase() {
        OutboxRelay relay = new OutboxRelay(mongo, kafka, new SimpleMeterRegistry(), 10, Duration.ofSeconds(5));
        OutboxMessages messages = new OutboxMessages(json.mapper(), Clock.systemUTC(), "platform-test", "dp.test.events");
        String collection = mongo.getCollectionName(ParcelDocument.class);

        AggregateStore plain = new AggregateStore(mongo, messages, relay);
        String first = Ids.newId();
        plain.insert(new ParcelDocument(first, 1, "ent-3", "drum", ParcelKind.SMALL), List.of());
        plain.update(new ParcelDocument(first, 2, "ent-3", "drum, relabelled", ParcelKind.SMALL), List.of());
        assertThat(indexNames(collection)).doesNotContain("id_version");

        AggregateStore standIn = new AggregateStore(mongo, messages, relay,
                new cn.dualprevention.platform.audit.AuditTrail(mongo, Clock.systemUTC(), "platform-test"), true);
        String id = Ids.newId();
        standIn.insert(new ParcelDocument(id, 1, "ent-3", "cask", ParcelKind.SMALL), List.of());
        standIn.update(new ParcelDocument(id, 2, "ent-3", "cask, sealed", ParcelKind.SMALL), List.of());
        assertThat(indexNames(collection)).contains("id_version");
        assertThat(mongo.findById(id, ParcelDocument.class)).extracting(ParcelDocument::name, ParcelDocument::version)
                .containsExactly("cask, sealed", 2L);
        // a writer that read version 1 is refused, as before
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> standIn.update(
                        new ParcelDocument(id, 2, "ent-3", "cask, stale", ParcelKind.SMALL), List.of()))
                .isInstanceOf(cn.dualprevention.platform.errors.ConcurrentChangeException.class);
        assertThat(mongo.findById(id, ParcelDocument.class).name()).isEqualTo("cask, sealed");
    }

    private List<String> indexNames(String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream()
                .map(org.springframework.data.mongodb.core.index.IndexInfo::getName).toList();
    }

    @Test
    void aCrashBetweenWriteAndPublishLosesNothingAndARepublishHasNoSecondEffect() throws Exception {
        // A process that wrote its change and died before its relay published: its relay never runs.
        OutboxRelay deadRelay = new OutboxRelay(mongo, kafka, new SimpleMeterRegistry(), 10, Duration.ofSeconds(5));
        AggregateStore crashedWriter = new AggregateStore(mongo,
                new OutboxMessages(json.mapper(), Clock.systemUTC(), "platform-test", "dp.test.events"), deadRelay);
        String id = Ids.newId();
        ParcelDocument parcel = new ParcelDocument(id, 1, "ent-2", "crash", ParcelKind.SMALL);
        crashedWriter.insert(parcel, List.of(new NewEvent("test.parcel.created.v1", "g1", "ent-2", id, parcel)));

        Document pending = pendingOutbox(id).get(0);
        try (EventProbe probe = new EventProbe(brokers, "dp.test.events")) {
            // The writer's own relay never runs: only the sweep (at start-up, then periodically) can find the
            // message in the document and publish it.
            sweeper.sweep();
            assertThat(probe.await(about(id), 1, Duration.ofSeconds(60))).hasSize(1);
            await().atMost(Duration.ofSeconds(60)).until(() -> effects.count(id) == 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> pendingOutbox(id).isEmpty());

            // A crash after the publish but before the message was removed: it goes out a second time...
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().push("outbox", pending), "parcels");
            sweeper.sweep();
            assertThat(probe.await(about(id), 2, Duration.ofSeconds(60))).hasSize(2);
        }
        // ...and the consumer's inbox keeps it to exactly one effect.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> effects.count(id) == 1);
    }

    private List<Document> pendingOutbox(String id) {
        Document doc = mongo.findById(id, Document.class, "parcels");
        return doc == null ? List.of() : doc.getList("outbox", Document.class, List.of());
    }

    private Predicate<ConsumerRecord<String, String>> about(String aggregateId) {
        return record -> record.value().contains("\"aggregateId\":\"" + aggregateId + "\"");
    }
}
