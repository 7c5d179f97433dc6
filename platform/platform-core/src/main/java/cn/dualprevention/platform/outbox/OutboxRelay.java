package cn.dualprevention.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes what waits in aggregate documents' outboxes. Writers hint "document X of collection C has
 * pending messages"; one relay thread per instance drains the hints in batches, loads the pending
 * messages, publishes them in time order (idempotent producer, acks=all), and only then removes them
 * from the documents. A publish failure leaves them in place and retries with backoff. Hints are only
 * an accelerator: what a crash or an overflow loses, {@link OutboxSweeper} finds in the documents.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int MAX_BATCH = 500;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final LinkedBlockingQueue<PendingRef> hints;
    private final Duration sendTimeout;
    private final Counter published;
    private final Counter failures;
    private final AtomicBoolean overflowed = new AtomicBoolean();
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, MeterRegistry meters,
                       int queueCapacity, Duration sendTimeout) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.hints = new LinkedBlockingQueue<>(queueCapacity);
        this.sendTimeout = sendTimeout;
        this.published = Counter.builder("dp.outbox.published").description("outbox messages published").register(meters);
        this.failures = Counter.builder("dp.outbox.publish.failures").description("failed publish attempts").register(meters);
        Gauge.builder("dp.outbox.pending", hints, LinkedBlockingQueue::size)
                .description("documents with outbox messages waiting to be published").register(meters);
    }

    /** A document of {@code collection} has pending outbox messages. Never blocks. */
    public void notifyPending(String collection, Object id) {
        if (!hints.offer(new PendingRef(collection, id))) {
            overflowed.set(true);
        }
    }

    /** True once (and resets) when hints were dropped; the sweeper then looks at the documents. */
    boolean takeOverflow() {
        return overflowed.getAndSet(false);
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon(true).start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stops before the Kafka producer and MongoDB client go away.
        return Integer.MAX_VALUE - 1000;
    }

    private void loop() {
        long backoffMillis = 100;
        while (running) {
            List<PendingRef> batch = new ArrayList<>();
            try {
                PendingRef first = hints.poll(250, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                hints.drainTo(batch, MAX_BATCH - 1);
                publishPending(batch);
                backoffMillis = 100;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("outbox publish failed, retrying in {} ms: {}", backoffMillis, e.toString());
                batch.forEach(ref -> notifyPending(ref.collection(), ref.id()));
                sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 10_000);
            }
        }
    }

    /** Publishes every pending message of the given documents and removes what was published. */
    public void publishPending(List<PendingRef> refs) {
        Map<String, Set<Object>> idsByCollection = new LinkedHashMap<>();
        for (PendingRef ref : refs) {
            idsByCollection.computeIfAbsent(ref.collection(), c -> new LinkedHashSet<>()).add(ref.id());
        }
        List<Pending> pending = new ArrayList<>();
        idsByCollection.forEach((collection, ids) -> {
            Query query = Query.query(Criteria.where("_id").in(ids));
            query.fields().include(AggregateStore.OUTBOX_FIELD);
            for (Document doc : mongo.find(query, Document.class, collection)) {
                List<?> outbox = doc.getList(AggregateStore.OUTBOX_FIELD, Object.class, List.of());
                for (Object entry : outbox) {
                    OutboxMessage message = mongo.getConverter().read(OutboxMessage.class, (Document) entry);
                    pending.add(new Pending(collection, doc.get("_id"), message));
                }
            }
        });
        if (pending.isEmpty()) {
            return;
        }
        pending.sort(Comparator.comparing((Pending p) -> p.message().time()).thenComparing(p -> p.message().messageId()));
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            sends.add(kafka.send(toRecord(p.message())));
        }
        kafka.flush();
        Map<PendingRef, List<String>> done = new LinkedHashMap<>();
        RuntimeException firstFailure = null;
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            try {
                sends.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                done.computeIfAbsent(new PendingRef(p.collection(), p.docId()), r -> new ArrayList<>()).add(p.message().messageId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                firstFailure = new IllegalStateException("interrupted while publishing");
                break;
            } catch (Exception e) {
                if (firstFailure == null) {
                    firstFailure = new IllegalStateException("publish to " + p.message().topic() + " failed", e);
                }
            }
        }
        removePublished(done);
        published.increment(done.values().stream().mapToInt(List::size).sum());
        if (firstFailure != null) {
            throw firstFailure;
        }
    }

    /** Removes the published messages from their documents: one unordered bulk write per collection. */
    private void removePublished(Map<PendingRef, List<String>> published) {
        Map<String, BulkOperations> bulks = new LinkedHashMap<>();
        published.forEach((ref, ids) -> bulks
                .computeIfAbsent(ref.collection(), c -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, c))
                .updateOne(Query.query(Criteria.where("_id").is(ref.id())), new Update().pull(AggregateStore.OUTBOX_FIELD,
                        Query.query(Criteria.where("messageId").in(ids)).getQueryObject())));
        bulks.values().forEach(BulkOperations::execute);
    }

    private static ProducerRecord<String, String> toRecord(OutboxMessage message) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", message.messageId().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", message.type().getBytes(StandardCharsets.UTF_8));
        if (message.requestId() != null) {
            headers.add("X-Request-Id", message.requestId().getBytes(StandardCharsets.UTF_8));
        }
        // The Kafka timestamp is the producer's wall clock, not the business time (that is in the envelope):
        // brokers refuse timestamps more than an hour ahead of their own clock (message.timestamp.after.max.ms),
        // and a refused message would block its partition's outbox for good.
        return new ProducerRecord<>(message.topic(), null, null, message.key(), message.value(), headers);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A document that has (or may have) pending outbox messages. */
    public record PendingRef(String collection, Object id) {
    }

    private record Pending(String collection, Object docId, OutboxMessage message) {
    }
}
