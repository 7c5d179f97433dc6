package cn.dualprevention.e2e.support;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads the suite's Kafka topics from the beginning, as a regulator subscribed to the stream would. */
public final class Topics {

    private final String bootstrap;

    public Topics(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /**
     * The messages with {@code key} on {@code topic}, in order, as soon as one of them matches {@code until};
     * fails with what was seen when none does within {@code timeout}.
     */
    public List<JsonNode> awaitKeyed(String topic, String key, Predicate<JsonNode> until, Duration timeout) {
        return await(topic, r -> key.equals(r.key()), until, timeout);
    }

    /** The messages of {@code topic} that {@code select} picks, as soon as one of them matches {@code until}. */
    public List<JsonNode> await(String topic, Predicate<ConsumerRecord<String, String>> select, Predicate<JsonNode> until,
                                Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            List<JsonNode> selected = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(250))) {
                    if (select.test(r)) {
                        selected.add(Gateway.JSON.readTree(r.value()));
                    }
                }
                if (selected.stream().anyMatch(until)) {
                    return selected;
                }
            }
            throw new AssertionError("nothing matching on " + topic + " within " + timeout + "; selected: " + selected);
        }
    }
}
