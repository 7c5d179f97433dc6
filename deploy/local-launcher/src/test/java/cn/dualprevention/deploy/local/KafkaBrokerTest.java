package cn.dualprevention.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker process: formats once, starts, keeps its data across a restart (and a port change). */
class KafkaBrokerTest {

    @TempDir
    Path dir;

    private ManagedProcess process;

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.kill();
        }
    }

    @Test
    void formatsOnceStartsAndKeepsItsDataAcrossARestart() throws Exception {
        int port = Ports.allFree().resolve().get(Ports.KAFKA);
        KafkaBroker broker = new KafkaBroker(dir.resolve("kafka"), port);
        broker.writeConfig();
        String props = Files.readString(broker.serverProperties());
        assertThat(props).contains("process.roles=broker,controller", "node.id=1", "num.partitions=3",
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + (port + 1),
                "offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
                "auto.create.topics.enable=true", "group.initial.rebalance.delay.ms=0",
                "log.dirs=" + broker.logDirs().toString().replace('\\', '/'));

        String classpath = System.getProperty("java.class.path");
        Path log = dir.resolve("logs/kafka.log");
        assertThat(broker.formatIfNeeded(Jdk.current(), classpath, log)).isTrue();
        String clusterId = broker.clusterId();
        assertThat(Files.readString(broker.logDirs().resolve("meta.properties"))).contains("cluster.id=" + clusterId);

        start(broker, classpath, log);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>("dp.test.events", "ent-" + (i % 3), "event-" + i)).get();
            }
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrap()))) {
            assertThat(admin.describeTopics(List.of("dp.test.events")).allTopicNames().get()
                    .get("dp.test.events").partitions()).hasSize(3);
        }
        stopBroker();

        // A restart on another port: not formatted again, same cluster, same records.
        int port2 = Ports.allFree().resolve().get(Ports.KAFKA);
        KafkaBroker again = new KafkaBroker(dir.resolve("kafka"), port2);
        again.writeConfig();
        assertThat(again.formatIfNeeded(Jdk.current(), classpath, log)).isFalse();
        assertThat(again.clusterId()).isEqualTo(clusterId);
        start(again, classpath, log);
        assertThat(consumeAll(again.bootstrap(), "dp.test.events", 10)).hasSize(10)
                .contains("event-0", "event-9");
        stopBroker();
        assertThat(Files.readString(log)).contains(KafkaBroker.STARTED_LINE);
    }

    private void start(KafkaBroker broker, String classpath, Path log) throws Exception {
        process = ManagedProcess.start("kafka", broker.command(Jdk.current(), classpath, List.of()), Map.of(), log,
                dir, 0);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!KafkaBroker.isReady(broker.bootstrap())) {
            assertThat(process.isAlive()).as("broker alive; log:\n%s", process.tail(40)).isTrue();
            assertThat(System.nanoTime()).as("broker ready in time; log:\n%s", process.tail(40)).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private void stopBroker() {
        process.requestStop();
        assertThat(process.awaitExit(Duration.ofSeconds(60))).as("broker stops on SIGTERM").isTrue();
    }

    private static List<String> consumeAll(String bootstrap, String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "kafka-broker-test");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
