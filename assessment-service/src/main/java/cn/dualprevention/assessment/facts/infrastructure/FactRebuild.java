package cn.dualprevention.assessment.facts.infrastructure;

import cn.dualprevention.platform.config.PlatformProperties;
import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.events.EventJson;
import cn.dualprevention.platform.readmodel.ReadModelWriter;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * 全量重建 — replays the consumed topics from their beginning into a fresh generation of the fact collections,
 * in batches, then makes it the active one. The incremental consumer keeps writing new events to both
 * generations while this runs, and every write is version-guarded, so the result is the same as if the new
 * generation had been kept incrementally from the start — no transaction or change stream involved.
 *
 * <p>A rebuild for one group (集团) replays only that group's events; the facts of every other group are carried
 * over from the active generation as they are (through the same version-guarded writes), so one group's rebuild
 * never changes what another group's questions answer.
 */
@Component
public class FactRebuild {

    private static final Logger log = LoggerFactory.getLogger(FactRebuild.class);
    private static final int CARRY_BATCH = 2000;

    private final ConsumerFactory<String, String> consumers;
    private final PlatformProperties properties;
    private final EventJson json;
    private final Generations generations;
    private final FactWriter writer;
    private final MongoTemplate mongo;

    FactRebuild(ConsumerFactory<String, String> consumers, PlatformProperties properties, EventJson json,
                Generations generations, FactWriter writer, MongoTemplate mongo) {
        this.mongo = mongo;
        this.consumers = consumers;
        this.properties = properties;
        this.json = json;
        this.generations = generations;
        this.writer = writer;
    }

    /** Claims a new generation; empty when a rebuild is already running. */
    public Optional<Integer> claim() {
        return Optional.ofNullable(generations.startBuilding());
    }

    /**
     * Fills {@code generation} from the topics (every group's events) and swaps it in.
     *
     * @return the number of events replayed
     */
    public long run(int generation) {
        return run(generation, null);
    }

    /**
     * Fills {@code generation} with {@code groupId}'s facts from the topics and every other group's facts from the
     * active generation, and swaps it in; a null group rebuilds every group from the topics.
     *
     * @return the number of events of that group (or of every group) replayed
     */
    public long run(int generation, String groupId) {
        try {
            // every instance must have seen the building generation before the snapshot of the end offsets
            Thread.sleep(generations.cacheFor().toMillis() * 2 + 100);
            if (groupId != null) {
                long kept = carryOverAllBut(groupId, generations.active(), generation);
                log.info("carried {} facts of the other groups over into generation {}", kept, generation);
            }
            long events = replay(generation, groupId);
            generations.swap(generation);
            log.info("rebuilt fact generation {} from {} events{}", generation, events, groupId == null ? "" : " of group " + groupId);
            return events;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            generations.abandon(generation);
            throw new IllegalStateException("rebuild interrupted", e);
        } catch (RuntimeException e) {
            generations.abandon(generation);
            throw e;
        }
    }

    /** Copies the facts of every group but {@code groupId} from generation {@code from} into {@code to}, version-guarded. */
    private long carryOverAllBut(String groupId, int from, int to) {
        long count = 0;
        for (String base : FactCollections.ALL) {
            List<FactWrite> batch = new ArrayList<>(CARRY_BATCH);
            for (Document doc : mongo.getCollection(FactCollections.physical(from, base))
                    .find(new Document("groupId", new Document("$ne", groupId)))) {
                batch.add(carried(base, doc));
                if (batch.size() == CARRY_BATCH) {
                    writer.applyAll(to, batch);
                    count += batch.size();
                    batch = new ArrayList<>(CARRY_BATCH);
                }
            }
            writer.applyAll(to, batch);
            count += batch.size();
        }
        return count;
    }

    private static FactWrite carried(String base, Document doc) {
        Map<String, Object> fields = new HashMap<>(doc);
        Object id = fields.remove("_id");
        Object version = fields.remove(ReadModelWriter.SOURCE_VERSION);
        return new FactWrite(base, String.valueOf(id), version instanceof Number n ? n.longValue() : 0L, fields);
    }

    private long replay(int generation, String groupId) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        long count = 0;
        try (Consumer<String, String> consumer = consumers.createConsumer(
                properties.serviceName() + "-rebuild-" + generation + "-" + UUID.randomUUID(), null, null, overrides)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : properties.events().consume()) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (!reached(consumer, end)) {
                ConsumerRecords<String, String> batch = consumer.poll(Duration.ofMillis(500));
                List<FactWrite> writes = new ArrayList<>(batch.count());
                for (ConsumerRecord<String, String> record : batch) {
                    Long limit = end.get(new TopicPartition(record.topic(), record.partition()));
                    if (limit != null && record.offset() >= limit) {
                        continue;
                    }
                    EventEnvelope envelope = parse(record);
                    if (envelope != null && (groupId == null || groupId.equals(envelope.groupId()))) {
                        writes.addAll(FactProjection.writes(envelope));
                        count++;
                    }
                }
                writer.applyAll(generation, writes);
            }
        }
        return count;
    }

    private EventEnvelope parse(ConsumerRecord<String, String> record) {
        try {
            return json.mapper().readValue(record.value(), EventEnvelope.class);
        } catch (JacksonException e) {
            log.warn("skipping unreadable event at {}-{}@{} during rebuild", record.topic(), record.partition(), record.offset());
            return null;
        }
    }

    private static boolean reached(Consumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
