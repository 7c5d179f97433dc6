package cn.dualprevention.bench.suite;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

/**
 * Waits until the suite has digested what was sent to it: every consumer group of the broker (the services' event
 * consumers) within {@code bench.quiesceLag} messages of the end of its topics, three checks in a row. Run after the
 * setup, so that the load is measured on a suite that is not still deriving tasks, cycles and regulator records from
 * it, and before the stream benchmark. Usage: {@code Quiesce <what we wait for>}; prints the time it took.
 */
public final class Quiesce {

    private Quiesce() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? String.join(" ", args) : "the suite";
        long maxLag = Long.getLong("bench.quiesceLag", 10);
        long timeoutMillis = 1000L * Integer.getInteger("bench.quiesceTimeoutSeconds", 3600);
        long t0 = System.currentTimeMillis();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SuiteUrls.fromEnvironment().kafkaBootstrap()))) {
            int calm = 0;
            long lastPrint = 0;
            while (calm < 3) {
                Map<String, Long> lag = lagByGroup(admin);
                long total = lag.values().stream().mapToLong(Long::longValue).sum();
                calm = total <= maxLag ? calm + 1 : 0;
                long now = System.currentTimeMillis();
                if (now - t0 > timeoutMillis) {
                    throw new IllegalStateException("the suite did not catch up within " + timeoutMillis / 1000 + " s: lag " + lag);
                }
                if (now - lastPrint > 15_000 && total > maxLag) {
                    System.out.printf("[quiesce] %s: %d events still to consume %s%n", what, total, lag);
                    lastPrint = now;
                }
                Thread.sleep(1000);
            }
        }
        System.out.printf("[quiesce] %s: caught up in %.0f s%n", what, (System.currentTimeMillis() - t0) / 1000.0);
    }

    /** The lag of each consumer group: messages at the end of its partitions not yet committed by it. */
    static Map<String, Long> lagByGroup(Admin admin) throws ExecutionException, InterruptedException {
        Map<String, Long> lag = new TreeMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(p -> latest.put(p, OffsetSpec.latest()));
            if (latest.isEmpty()) {
                continue;
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            long sum = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
                if (e.getValue() != null && ends.containsKey(e.getKey())) {
                    sum += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
                }
            }
            lag.put(group.groupId(), sum);
        }
        return lag;
    }
}
