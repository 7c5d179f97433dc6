package cn.dualprevention.exchange.bench;

import cn.dualprevention.exchange.delivery.application.DeliveryMetrics;
import cn.dualprevention.exchange.delivery.application.DeliveryRound;
import cn.dualprevention.exchange.delivery.application.DeliverySettings;
import cn.dualprevention.exchange.delivery.application.DeliverySignals;
import cn.dualprevention.exchange.delivery.application.ResyncPlanning;
import cn.dualprevention.exchange.delivery.domain.BatchAnswer;
import cn.dualprevention.exchange.delivery.domain.RecordTransport;
import cn.dualprevention.exchange.delivery.domain.ResyncRequestRepository;
import cn.dualprevention.exchange.delivery.domain.WireRecord;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.platform.events.EventEnvelope;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cost of exchange's own side of a delivery round (not a unit test: the surefire patterns do not match
 * {@code *Benchmark}): {@code -Dbench.units} (default 200) units' records are kept and planned through the handler
 * path, then {@link DeliveryRound}s run until nothing is due, against a receiver transport that accepts every record
 * at once — so the time is ours (reading, building, parent checks, recording outcomes), not the receiver's.
 * Run: {@code ./mvnw -o -pl exchange-service test -Dtest=DeliveryRoundBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DeliveryRoundBenchmark {

    @Test
    void drainEveryPlannedRecord() throws Exception {
        int units = Integer.getInteger("bench.units", 200);
        HandlerPathBenchmark.onHandlerPath(path -> {
            List<EventEnvelope> events = new ArrayList<>();
            for (int u = 0; u < units; u++) {
                events.addAll(HandlerPathBenchmark.unitEvents(path.json(), java.util.UUID.randomUUID().toString()));
            }
            events.forEach(path.keeper()::handle);
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger batches = new AtomicInteger();
            RecordTransport acceptsAll = new RecordTransport() {
                @Override
                public boolean serves(Receiver receiver) {
                    return true;
                }

                @Override
                public BatchAnswer send(Receiver receiver, RecordType type, List<WireRecord> records) {
                    Map<String, BatchAnswer.RecordResult> results = new LinkedHashMap<>();
                    records.forEach(r -> results.put(r.id(), new BatchAnswer.RecordResult(true, null)));
                    sent.addAndGet(records.size());
                    batches.incrementAndGet();
                    return new BatchAnswer.PerRecord(results);
                }
            };
            StaticListableBeanFactory beans = new StaticListableBeanFactory();
            beans.addBean("breakers", CircuitBreakerRegistry.ofDefaults());
            DeliverySettings settings = new DeliverySettings(null, null, null, null, null, null, null, null, null, null, null);
            ResyncRequestRepository resyncRequests = HandlerPathBenchmark.create(
                    "cn.dualprevention.exchange.delivery.infrastructure.MongoResyncRequests",
                    new Class<?>[] {org.springframework.data.mongodb.core.MongoTemplate.class}, path.mongo());
            ResyncPlanning resyncs = new ResyncPlanning(resyncRequests, path.planner(), new DeliverySignals(), settings, path.clock());
            DeliveryRound round = new DeliveryRound(path.records(), path.builder(), path.deliveries(), List.of(acceptsAll),
                    path.receivers(), resyncs, new DeliveryMetrics(new SimpleMeterRegistry(), path.clock()),
                    settings,
                    beans.getBeanProvider(CircuitBreakerRegistry.class),
                    new cn.dualprevention.exchange.delivery.domain.PhotoAttachments(ref -> {
                        throw new IllegalStateException("no photos in this benchmark");
                    }, (picture, max) -> java.util.Optional.empty(), 5 << 20),
                    new cn.dualprevention.exchange.delivery.application.PhotoSettings(null, null, null, null, null, null, null),
                    path.clock());
            long t0 = System.nanoTime();
            int rounds = 0;
            while (path.mongo().getCollection("deliveries").countDocuments(new Document("state", "PENDING")) > 0 && rounds < 200) {
                round.run(path.stream());
                rounds++;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            String line = String.format("DeliveryRoundBenchmark units=%d records=%d: %d accepted in %d batches, %d rounds, %.2f s:"
                    + " %.0f records/s; load %s", units, events.size(), sent.get(), batches.get(), rounds, seconds,
                    sent.get() / seconds, load());
            System.out.println(line);
            String out = System.getProperty("bench.out");
            if (out != null) {
                Files.writeString(Path.of(out), line + System.lineSeparator(), java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
            assertThat(path.mongo().getCollection("deliveries").countDocuments(new Document("state", "ACCEPTED")))
                    .isEqualTo(events.size());
        });
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
