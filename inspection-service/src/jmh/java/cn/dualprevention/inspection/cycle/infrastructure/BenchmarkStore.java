package cn.dualprevention.inspection.cycle.infrastructure;

import cn.dualprevention.inspection.cycle.application.CycleGeneration;
import cn.dualprevention.inspection.task.domain.InspectionTasks;
import cn.dualprevention.inspection.unitstop.infrastructure.UnitStopsForBenchmark;
import cn.dualprevention.platform.events.EventJson;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.platform.outbox.OutboxMessages;
import cn.dualprevention.platform.outbox.OutboxRelay;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The service's real cycle store on mongo-java-server (memory or H2 file backend), wired as the Spring context wires
 * it: {@link MongoInspectionCycles} with its unique (taskId, windowStart) index, the platform's outbox messages (each
 * cycle carries its {@code inspection.cycle.generated.v1} event) and relay hints, and the unit-stop store.
 */
final class BenchmarkStore implements AutoCloseable {

    enum Backend { MEMORY, H2_FILE }

    private final MongoServer server;
    private final MongoClient client;
    private final Path h2File;
    final MongoTemplate mongo;

    BenchmarkStore(Backend backend) {
        try {
            h2File = backend == Backend.H2_FILE ? Files.createTempFile("inspection-bench", ".mv") : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = new MongoServer(backend == Backend.MEMORY ? new MemoryBackend() : new H2Backend(h2File.toString()));
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(client, "dp-inspection-bench");
    }

    /** A fresh, empty cycle collection (with its indexes) and the generation that writes into it. */
    CycleGeneration freshGeneration(BenchmarkPlant plant, int threads) {
        return freshGeneration(plant, threads, false);
    }

    /**
     * As {@link #freshGeneration(BenchmarkPlant, int)}; {@code singlePassEvents}: with the platform change proposed in
     * {@link SinglePassOutboxMessages} (an experiment, not the platform's code).
     */
    CycleGeneration freshGeneration(BenchmarkPlant plant, int threads, boolean singlePassEvents) {
        mongo.dropCollection(MongoInspectionCycles.COLLECTION);
        return generation(plant, threads, singlePassEvents);
    }

    CycleGeneration generation(BenchmarkPlant plant, int threads, boolean singlePassEvents) {
        OutboxMessages messages = singlePassEvents
                ? new SinglePassOutboxMessages(new EventJson().mapper(), Clock.systemUTC(), "inspection-service", "dp.inspection.events")
                : new OutboxMessages(new EventJson().mapper(), Clock.systemUTC(), "inspection-service", "dp.inspection.events");
        // the relay only collects hints here (it is not started): publishing to Kafka is not part of generation
        OutboxRelay relay = new OutboxRelay(mongo, null, new SimpleMeterRegistry(), 100_000, Duration.ofSeconds(10));
        MongoInspectionCycles cycles = new MongoInspectionCycles(mongo, messages, relay);
        AggregateStore store = new AggregateStore(mongo, messages, relay);
        return new CycleGeneration(noTaskStore(), cycles, plant.riskModel(), plant.holidays,
                UnitStopsForBenchmark.mongo(mongo, store), new MongoGenerationHorizon(mongo), threads);
    }

    long cycleCount() {
        return mongo.getCollection(MongoInspectionCycles.COLLECTION).countDocuments();
    }

    /** The benchmarks hand the tasks over; reading them is not measured. */
    static InspectionTasks noTaskStore() {
        return new InspectionTasks() {
            @Override
            public void add(cn.dualprevention.inspection.task.domain.InspectionTask task, java.util.List<cn.dualprevention.platform.events.NewEvent> events) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void update(cn.dualprevention.inspection.task.domain.InspectionTask task, java.util.List<cn.dualprevention.platform.events.NewEvent> events) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Optional<cn.dualprevention.inspection.task.domain.InspectionTask> find(String id) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<cn.dualprevention.inspection.task.domain.InspectionTask> ofMeasure(String measureId) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.List<cn.dualprevention.inspection.task.domain.InspectionTask> ofEnterprise(String enterpriseId, String unitId) {
                return java.util.List.of();
            }

            @Override
            public java.util.List<cn.dualprevention.inspection.task.domain.InspectionTask> changedSince(java.time.Instant since) {
                return java.util.List.of();
            }

            @Override
            public java.util.List<cn.dualprevention.inspection.task.domain.InspectionTask> generating() {
                return java.util.List.of();
            }
        };
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
        if (h2File != null) {
            try {
                Files.deleteIfExists(h2File);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
