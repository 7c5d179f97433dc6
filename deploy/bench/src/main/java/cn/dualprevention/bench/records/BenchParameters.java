package cn.dualprevention.bench.records;

import cn.dualprevention.bench.plant.BenchPlant;
import cn.dualprevention.bench.suite.Api;

import java.nio.file.Path;
import java.util.List;

/**
 * The sizes of a run (system properties, set by deploy/bench/run) and how the plant's open cycles are shared out:
 * warm-up first, then the measured records (half through the gateway, half direct), then the stream benchmark's.
 */
public record BenchParameters(Path plantFile, Path outDir, int concurrency, int warmupSeconds, int warmupRecords,
                              int rounds, int roundSeconds, int recordsPerRoute, int streamRate, int streamSeconds) {

    public static BenchParameters fromSystemProperties() {
        return new BenchParameters(Path.of(System.getProperty("bench.plant", "target/bench/plant.json")),
                Path.of(System.getProperty("bench.out", "target/bench")),
                Integer.getInteger("bench.concurrency", 32),
                Integer.getInteger("bench.warmupSeconds", 150),
                Integer.getInteger("bench.warmupRecords", 10_000),
                Integer.getInteger("bench.rounds", 2),
                Integer.getInteger("bench.roundSeconds", 60),
                Integer.getInteger("bench.recordsPerRoute", 20_000),
                Integer.getInteger("bench.streamRate", 200),
                Integer.getInteger("bench.streamSeconds", 60));
    }

    /** Open cycles the setup must create for this run. */
    public int cyclesNeeded() {
        return warmupRecords + 2 * recordsPerRoute + streamRate * streamSeconds;
    }

    public BenchPlant plant() {
        return Api.JSON.readValue(plantFile.toFile(), BenchPlant.class);
    }

    public List<BenchPlant.OpenCycle> warmup(BenchPlant plant) {
        return slice(plant, 0, warmupRecords);
    }

    /** Round {@code round}'s records of one route (0 = gateway, 1 = direct). */
    public List<BenchPlant.OpenCycle> measured(BenchPlant plant, int round, int route) {
        int perPhase = recordsPerRoute / rounds;
        int from = warmupRecords + (2 * round + route) * perPhase;
        return slice(plant, from, from + perPhase);
    }

    public List<BenchPlant.OpenCycle> stream(BenchPlant plant) {
        int from = warmupRecords + 2 * recordsPerRoute;
        return slice(plant, from, from + streamRate * streamSeconds);
    }

    private static List<BenchPlant.OpenCycle> slice(BenchPlant plant, int from, int to) {
        List<BenchPlant.OpenCycle> all = plant.cycles();
        return all.subList(Math.min(from, all.size()), Math.min(to, all.size()));
    }
}
