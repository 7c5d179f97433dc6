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
import java.util.List;
import java.util.OptionalLong;

/**
 * The service's real cycle store on mongo-java-server (memory or H2 file backend), wired as the Spring context wires
 * it: {@link MongoInspectionCycles} with its unique (taskId, windowStart) index, the platform's outbox messages (each
 * cycle carries its {@code inspection.cycle.generated.v1} event) and relay hints, and the unit-stop store.
 * <p>
 * The database runs in the benchmark's JVM ({@code MEMORY}, {@code H2_FILE}) or, as in production (MongoDB) and local
 * mode (mongo-java-server in its own JVM), in a process of its own ({@code MEMORY_PROCESS}, {@code H2_PROCESS}: see
 * {@link DatabaseProcess}), with a heap sized for the day's cycles and their outbox entries.
 */
final class BenchmarkStore implements AutoCloseable {

    enum Backend {
        MEMORY, H2_FILE, MEMORY_PROCESS, H2_PROCESS;

        boolean ownProcess() {
            return this == MEMORY_PROCESS || this == H2_PROCESS;
        }
    }

    /**
     * Heap the memory backend keeps per stored cycle with its outbox entry and index entries, after a full collection:
     * 4,848 – 4,963 bytes measured at 200,000 cycles (docs/benchmarks.md, third round), rounded up.
     */
    static final long LIVE_BYTES_PER_CYCLE = 5_000;
    private static final long GB = 1L << 30;
    /** Young generation of the database process: requests' short-lived garbage, and each batch until it is promoted. */
    private static final long YOUNG_GB = 2;

    private final MongoServer server;
    private final DatabaseProcess database;
    private final MongoClient client;
    private final Path h2File;
    final MongoTemplate mongo;

    BenchmarkStore(Backend backend) {
        this(backend, DatabaseGc.PARALLEL, 0);
    }

    /** {@code databaseGc} and {@code cycles} size the database process's JVM; the in-JVM backends ignore them. */
    BenchmarkStore(Backend backend, DatabaseGc databaseGc, long cycles) {
        if (backend.ownProcess()) {
            server = null;
            h2File = null;
            database = DatabaseProcess.start(backend == Backend.MEMORY_PROCESS ? "MEMORY" : "H2",
                    databaseJvmArgs(databaseGc, cycles));
            client = MongoClients.create(database.connectionString());
        } else {
            try {
                h2File = backend == Backend.H2_FILE ? Files.createTempFile("inspection-bench", ".mv") : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            database = null;
            server = new MongoServer(backend == Backend.MEMORY ? new MemoryBackend() : new H2Backend(h2File.toString()));
            InetSocketAddress address = server.bind();
            client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        }
        mongo = new MongoTemplate(client, "dp-inspection-bench");
    }

    /**
     * The collector of the database process. PARALLEL (the default): the store only grows until the collection is
     * dropped, so nothing in the old generation ever dies during a day — a throughput collector that copies each
     * survivor once on promotion and never marks the old generation concurrently fits it; G1 for comparison (its
     * concurrent marking of a heap that is all live, and its remembered sets, are work that frees nothing here).
     */
    enum DatabaseGc { PARALLEL, G1 }

    /**
     * The database process's JVM: old generation for {@code cycles} stored cycles plus a quarter, a fixed young
     * generation, initial = maximum heap (committed only as it is touched).
     */
    static List<String> databaseJvmArgs(DatabaseGc gc, long cycles) {
        long oldGb = Math.max(1, (long) Math.ceil(cycles * LIVE_BYTES_PER_CYCLE * 1.25 / GB));
        long heapGb = oldGb + YOUNG_GB;
        return switch (gc) {
            case PARALLEL -> List.of("-XX:+UseParallelGC", "-Xms" + heapGb + "g", "-Xmx" + heapGb + "g", "-Xmn" + YOUNG_GB + "g");
            case G1 -> List.of("-XX:+UseG1GC", "-Xms" + heapGb + "g", "-Xmx" + heapGb + "g");
        };
    }

    /** The database process's pid, when it has one. */
    OptionalLong databasePid() {
        return database == null ? OptionalLong.empty() : OptionalLong.of(database.pid());
    }

    DatabaseProcess databaseProcess() {
        return database;
    }

    /**
     * Collects the database process's garbage (what an earlier iteration left, a dropped collection) and returns its heap
     * in use afterwards; empty when the database runs in the benchmark's JVM.
     */
    OptionalLong collectDatabaseGarbage() {
        return database == null ? OptionalLong.empty() : OptionalLong.of(database.collectGarbage());
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
        if (server != null) {
            server.shutdownNow();
        }
        if (database != null) {
            database.close();
        }
        if (h2File != null) {
            try {
                Files.deleteIfExists(h2File);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
