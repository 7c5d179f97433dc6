package cn.dualprevention.platform.test;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.BiFunction;

import static org.awaitility.Awaitility.await;

/**
 * The life of a replica kept from another service's events: an event at version 2, the same event
 * redelivered, a stale version 1 after it. Returns the replica once all three were consumed, so a test
 * can check it kept version 2's fields.
 */
public final class ReplicaScenario {

    private ReplicaScenario() {
    }

    /**
     * @param data builds the event data for (aggregate id, a name); the replica should end with the name "current"
     */
    public static Document redeliveredAndStale(KafkaTemplate<String, String> kafka, MongoTemplate mongo, String topic,
                                               String eventType, String collection,
                                               BiFunction<String, String, String> data) {
        String enterpriseId = UUID.randomUUID().toString();
        String aggregateId = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        String current = TestEvents.envelope(eventType, enterpriseId, aggregateId, 2, data.apply(aggregateId, "current"));
        try {
            kafka.send(topic, enterpriseId, current).get();
            kafka.send(topic, enterpriseId, current).get();
            kafka.send(topic, enterpriseId, TestEvents.envelope(eventType, enterpriseId, aggregateId, 1,
                    data.apply(aggregateId, "stale"))).get();
            // same key, same partition: once the marker is applied, the three before it are too
            kafka.send(topic, enterpriseId, TestEvents.envelope(eventType, enterpriseId, marker, 1,
                    data.apply(marker, "marker"))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(marker, Document.class, collection) != null);
        return mongo.findById(aggregateId, Document.class, collection);
    }
}
