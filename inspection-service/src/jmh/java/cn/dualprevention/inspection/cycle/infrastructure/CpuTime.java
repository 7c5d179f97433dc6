package cn.dualprevention.inspection.cycle.infrastructure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPU seconds the benchmark JVM used during an iteration — generation and the in-JVM database together. On a machine
 * shared with other builds the wall time says little; CPU seconds ÷ cores is what the same work needs on idle cores.
 * The CPU is also split by thread: mongo-java-server's threads (the stand-in database), the generating threads (JMH's
 * worker and {@code cycle-generation-*}: cycles, events, BSON, the driver's calls), and the JVM itself (GC, JIT: the
 * process CPU no Java thread accounts for). Threads are sampled every 100 ms, as the generation's pool threads end
 * with each run (up to 100 ms of a thread's last CPU may count as JVM).
 */
final class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long startNanos;
    private long startWall;
    private Map<Long, Long> startThreads = Map.of();
    /** Last CPU time and name seen of every thread: the generation's pool threads end with each run. */
    private final Map<Long, Long> seen = new ConcurrentHashMap<>();
    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private volatile Thread sampler;

    void start() {
        seen.clear();
        names.clear();
        startThreads = threadCpu();
        startNanos = processCpuNanos();
        startWall = System.nanoTime();
        sampler = Thread.ofPlatform().daemon().name("cpu-sampler").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sample();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private void sample() {
        for (Map.Entry<Long, Long> now : threadCpu().entrySet()) {
            seen.put(now.getKey(), now.getValue());
            names.computeIfAbsent(now.getKey(), id -> {
                var info = THREADS.getThreadInfo(id);
                return info == null ? "?" : info.getThreadName();
            });
        }
    }

    void report(String what, long cycles) {
        double cpu = (processCpuNanos() - startNanos) / 1e9;
        double wall = (System.nanoTime() - startWall) / 1e9;
        sampler.interrupt();
        sample();
        Map<String, Double> byKind = new TreeMap<>();
        double threads = 0;
        for (Map.Entry<Long, Long> now : seen.entrySet()) {
            double seconds = (now.getValue() - startThreads.getOrDefault(now.getKey(), 0L)) / 1e9;
            if (seconds <= 0) {
                continue;
            }
            threads += seconds;
            byKind.merge(kind(names.getOrDefault(now.getKey(), "?")), seconds, Double::sum);
        }
        byKind.put("jvm (gc, jit)", Math.max(0, cpu - threads));
        StringBuilder split = new StringBuilder();
        byKind.forEach((kind, seconds) -> split.append(String.format(", %s %.1f s", kind, seconds)));
        System.out.printf("%n[cpu] %s: %d cycles, wall %.1f s, process CPU %.1f s (%.0f cycles per CPU-second), load %s%n"
                        + "[cpu] by thread%s%n",
                what, cycles, wall, cpu, cycles / cpu, loadAverage(), split);
    }

    private static String kind(String thread) {
        if (thread.startsWith("mongo-server")) {
            return "database (mongo-java-server)";
        }
        if (thread.startsWith("cycle-generation") || thread.contains("jmh-worker")) {
            return "generation";
        }
        return "other threads";
    }

    private static Map<Long, Long> threadCpu() {
        Map<Long, Long> result = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long nanos = THREADS.getThreadCpuTime(id);
            if (nanos > 0) {
                result.put(id, nanos);
            }
        }
        return result;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
