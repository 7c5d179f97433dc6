package cn.dualprevention.bench.stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches a regulator stream topic from its current end, as a regulator subscribed to the stream would, and keeps
 * for each record id (the message key) when it first appeared: the message's own timestamp (the producer's
 * CreateTime, i.e. when exchange-service wrote it) and when this consumer received it.
 */
public final class StreamWatch implements AutoCloseable {

    /** When a record was first seen on the topic. */
    public record Sighting(long topicMillis, long seenMillis) {
    }

    private final Map<String, Sighting> sightings = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    public StreamWatch(String bootstrap, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10));
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
            partitions.add(new TopicPartition(topic, p.partition()));
        }
        if (partitions.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist yet (no record was sent to the stream)");
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now: what comes later is seen
        thread = Thread.ofPlatform().name("stream-watch").daemon().start(this::poll);
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    if (r.key() != null) {
                        sightings.putIfAbsent(r.key(), new Sighting(r.timestamp(), System.currentTimeMillis()));
                    }
                }
            }
        } finally {
            consumer.close();
        }
    }

    public Sighting sighting(String recordId) {
        return sightings.get(recordId);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
