package cn.dualprevention.inspection.cycle.infrastructure;

import cn.dualprevention.inspection.cycle.application.CycleGeneration;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.cycle.domain.InspectionCycles;
import cn.dualprevention.inspection.cycle.domain.StoppedUnits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Acceptance 1 of issue 4: how long generating a 2-million-cycle day takes (goal ≤ 60 s on two cores). One operation
 * is the whole day ({@link Mode#SingleShotTime}): cycles/s = cycles ÷ the reported seconds.
 * <ul>
 * <li>{@code generateDay}: the real path — holiday calendar, window computation, cycle building, and the idempotent
 * unordered bulk insert (unique taskId + windowStart, each cycle with its generated event in its outbox) into
 * mongo-java-server, memory or H2 file backend, in the benchmark's JVM or in a process of its own
 * ({@code -p backend=MEMORY_PROCESS}, as production runs its database); each iteration starts from an empty
 * collection and ends with checking that exactly the expected cycles are stored.</li>
 * <li>{@code regenerateDay}: the same day generated again, as every scheduler round (and a second instance) does:
 * every insert is a duplicate and nothing may change.</li>
 * <li>{@code computeDay}: calendar, windows and cycle objects only (no store).</li>
 * </ul>
 * Each benchmark warms up with a full day first: the JIT needs it on two cores.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx10g"})
public class CycleGenerationBenchmark {

    @State(Scope.Benchmark)
    public static class Plant {

        @Param("2000000")
        long cycles;
        /** dp.inspection.generation.threads: parts of the task list generated side by side. */
        @Param("2")
        int threads;
        BenchmarkPlant plant;

        @Setup(Level.Trial)
        public void build() {
            plant = new BenchmarkPlant(cycles);
        }
    }

    @State(Scope.Benchmark)
    public static class EmptyStore {

        /**
         * Where the stand-in database runs: MEMORY, H2_FILE in the benchmark's JVM; MEMORY_PROCESS, H2_PROCESS in a JVM
         * of its own, as production runs MongoDB (give the benchmark's JVM a service's heap then, see docs/benchmarks.md).
         */
        @Param({"MEMORY", "H2_FILE"})
        String backend;
        /** Collector of the database process (*_PROCESS backends): PARALLEL or G1. */
        @Param("PARALLEL")
        String databaseGc;
        /**
         * PLATFORM: the platform's outbox messages as they are; SINGLE_PASS: the experiment of
         * {@link SinglePassOutboxMessages} (the envelope serialised once), to size the change proposed for the platform.
         */
        @Param({"PLATFORM", "SINGLE_PASS"})
        String events;
        BenchmarkStore store;
        CycleGeneration generation;
        final CpuTime cpu = new CpuTime();

        @Setup(Level.Trial)
        public void start(Plant plant) {
            store = new BenchmarkStore(BenchmarkStore.Backend.valueOf(backend), BenchmarkStore.DatabaseGc.valueOf(databaseGc),
                    plant.plant.expectedCycles);
        }

        @Setup(Level.Iteration)
        public void empty(Plant plant) {
            generation = store.freshGeneration(plant.plant, plant.threads, "SINGLE_PASS".equals(events));
            System.gc();
            store.collectDatabaseGarbage();
            cpu.start(store.databaseProcess());
        }

        @TearDown(Level.Iteration)
        public void check(Plant plant) {
            cpu.report("generateDay " + backend + " " + events
                    + (store.databaseProcess() == null ? "" : " database " + databaseGc), plant.plant.expectedCycles);
            long stored = store.cycleCount();
            if (stored != plant.plant.expectedCycles) {
                throw new IllegalStateException("stored " + stored + " cycles, expected " + plant.plant.expectedCycles);
            }
            store.collectDatabaseGarbage().ifPresent(bytes -> System.out.printf(
                    "[database] heap in use after a full collection, %d cycles stored: %.2f GB (%.0f bytes per cycle)%n",
                    stored, bytes / 1e9, (double) bytes / stored));
        }

        @TearDown(Level.Trial)
        public void stop() {
            store.close();
        }
    }

    @State(Scope.Benchmark)
    public static class FilledStore {

        @Param({"MEMORY", "H2_FILE"})
        String backend;
        @Param("PARALLEL")
        String databaseGc;
        BenchmarkStore store;
        CycleGeneration generation;
        final CpuTime cpu = new CpuTime();

        @Setup(Level.Trial)
        public void fill(Plant plant) {
            store = new BenchmarkStore(BenchmarkStore.Backend.valueOf(backend), BenchmarkStore.DatabaseGc.valueOf(databaseGc),
                    plant.plant.expectedCycles);
            generation = store.freshGeneration(plant.plant, plant.threads);
            generation.generate(plant.plant.tasks, BenchmarkPlant.FROM, BenchmarkPlant.TO);
        }

        @Setup(Level.Iteration)
        public void measure() {
            cpu.start(store.databaseProcess());
        }

        @TearDown(Level.Iteration)
        public void report(Plant plant) {
            cpu.report("regenerateDay " + backend, plant.plant.expectedCycles);
        }

        @TearDown(Level.Trial)
        public void stop() {
            store.close();
        }
    }

    @State(Scope.Benchmark)
    public static class NoStore {

        CycleGeneration generation;
        final CpuTime cpu = new CpuTime();

        @Setup(Level.Trial)
        public void wire(Plant plant) {
            generation = new CycleGeneration(BenchmarkStore.noTaskStore(), counting(), plant.plant.riskModel(),
                    plant.plant.holidays, noStops(), null, plant.threads);
        }

        @Setup(Level.Iteration)
        public void measure() {
            cpu.start();
        }

        @TearDown(Level.Iteration)
        public void report(Plant plant) {
            cpu.report("computeDay", plant.plant.expectedCycles);
        }
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public int generateDay(Plant plant, EmptyStore store) {
        return expect(plant, store.generation.generate(plant.plant.tasks, BenchmarkPlant.FROM, BenchmarkPlant.TO));
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public int regenerateDay(Plant plant, FilledStore store) {
        int created = store.generation.generate(plant.plant.tasks, BenchmarkPlant.FROM, BenchmarkPlant.TO);
        if (created != 0 || store.store.cycleCount() != plant.plant.expectedCycles) {
            throw new IllegalStateException("regenerating created " + created + " cycles");
        }
        return created;
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public int computeDay(Plant plant, NoStore none) {
        return expect(plant, none.generation.generate(plant.plant.tasks, BenchmarkPlant.FROM, BenchmarkPlant.TO));
    }

    private static int expect(Plant plant, int created) {
        if (created != plant.plant.expectedCycles) {
            throw new IllegalStateException("generated " + created + " cycles, expected " + plant.plant.expectedCycles);
        }
        return created;
    }

    private static InspectionCycles counting() {
        return new InspectionCycles() {
            @Override
            public int addNew(List<InspectionCycle> cycles) {
                return cycles.size();
            }

            @Override
            public Optional<InspectionCycle> find(String id) {
                return Optional.empty();
            }

            @Override
            public List<InspectionCycle> ofPerson(String groupId, String personId, Instant from, Instant to, int limit) {
                return List.of();
            }

            @Override
            public List<InspectionCycle> overdueOfPerson(String groupId, String personId, Instant before, int limit) {
                return List.of();
            }

            @Override
            public List<InspectionCycle> ofTask(String taskId, Instant from, Instant to) {
                return List.of();
            }

            @Override
            public List<InspectionCycle> openEndedBy(Instant endedBy, int limit) {
                return List.of();
            }

            @Override
            public boolean close(String cycleId, cn.dualprevention.inspection.cycle.domain.CycleState to, String recordId) {
                return false;
            }

            @Override
            public boolean correct(String cycleId, String recordId) {
                return false;
            }

            @Override
            public List<InspectionCycle> notEndedOfTasks(java.util.Collection<String> taskIds, Instant now) {
                return List.of();
            }

            @Override
            public boolean cancel(InspectionCycle cycle, String reason) {
                return false;
            }

            @Override
            public long suspendOfUnit(String unitId, Instant from, Instant to) {
                return 0;
            }

            @Override
            public List<InspectionCycle> suspendedOfUnit(String unitId, Instant from, Instant now) {
                return List.of();
            }

            @Override
            public boolean reopen(String cycleId) {
                return false;
            }
        };
    }

    private static StoppedUnits noStops() {
        return (unitId, from, to) -> List.of();
    }
}
