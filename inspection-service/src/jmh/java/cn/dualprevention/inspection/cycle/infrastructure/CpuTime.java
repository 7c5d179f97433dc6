package cn.dualprevention.inspection.cycle.infrastructure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPU seconds an iteration used — the benchmark's JVM and, when the database runs in a process of its own, that
 * process too. On a machine shared with other builds the wall time says little; CPU seconds ÷ cores is what the same
 * work needs on idle cores.
 * <p>
 * The benchmark JVM's CPU is split by thread: mongo-java-server's threads (when the database runs in this JVM), the
 * generating threads (JMH's worker and {@code cycle-generation-*}: cycles, events, BSON, the driver's calls), other Java
 * threads, and the JVM's own native threads read from {@code /proc}: garbage collection (GC workers, G1's concurrent
 * threads, the VM thread), JIT compilers, and what is left (ended threads, other native threads). The database process's
 * CPU is read from {@code /proc/<pid>/stat} (utime + stime) and split the same way by its threads' names. Threads are
 * sampled every 100 ms, as the generation's pool threads end with each run (up to 100 ms of a thread's last CPU may count
 * as "jvm other").
 */
final class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long SELF = ProcessHandle.current().pid();

    private long startNanos;
    private long startWall;
    private Map<Long, Long> startThreads = Map.of();
    /** Last CPU time and name seen of every Java thread: the generation's pool threads end with each run. */
    private final Map<Long, Long> seen = new ConcurrentHashMap<>();
    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private final NativeThreads ownNative = new NativeThreads();
    private final NativeThreads databaseThreads = new NativeThreads();
    private DatabaseProcess database;
    private double databaseStart;
    private volatile Thread sampler;

    void start() {
        start(null);
    }

    /** Starts measuring this JVM and, if not null, the database process. */
    void start(DatabaseProcess database) {
        this.database = database;
        seen.clear();
        names.clear();
        ownNative.start(SELF);
        if (database != null) {
            databaseThreads.start(database.pid());
            databaseStart = database.cpuSeconds();
        }
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
        ownNative.sample(SELF);
        if (database != null) {
            databaseThreads.sample(database.pid());
        }
    }

    void report(String what, long cycles) {
        double cpu = (processCpuNanos() - startNanos) / 1e9;
        double databaseCpu = database == null ? 0 : database.cpuSeconds() - databaseStart;
        double wall = (System.nanoTime() - startWall) / 1e9;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        Map<String, Double> jvm = ownNative.byKind();
        double gc = jvm.getOrDefault("gc", 0.0);
        double jit = jvm.getOrDefault("jit", 0.0);
        byKind.put("jvm gc", gc);
        byKind.put("jvm jit", jit);
        byKind.put("jvm other", Math.max(0, cpu - threads - gc - jit));
        System.out.printf("%n[cpu] %s: %d cycles, wall %.1f s, load %s%n", what, cycles, wall, loadAverage());
        System.out.printf("[cpu] benchmark process CPU %.1f s, by thread%s%n", cpu, split(byKind));
        if (database == null) {
            System.out.printf("[cpu] %.0f cycles per CPU-second; CPU ÷ 2 = %.1f s on two idle cores%n", cycles / cpu, cpu / 2);
            return;
        }
        Map<String, Double> db = databaseThreads.byKind();
        double named = db.values().stream().mapToDouble(Double::doubleValue).sum();
        db.put("other (ended threads)", Math.max(0, databaseCpu - named));
        double total = cpu + databaseCpu;
        System.out.printf("[cpu] database process (pid %d) CPU %.1f s, by thread%s%n", database.pid(), databaseCpu, split(db));
        System.out.printf("[cpu] together %.1f CPU-seconds (%.0f cycles per CPU-second); CPU ÷ 2 = %.1f s on two idle cores%n",
                total, cycles / total, total / 2);
    }

    private static String split(Map<String, Double> byKind) {
        StringBuilder split = new StringBuilder();
        byKind.forEach((kind, seconds) -> split.append(String.format(", %s %.1f s", kind, seconds)));
        return split.toString();
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

    /** A process's threads as /proc shows them, from a start to the last sample, grouped by kind. */
    private static final class NativeThreads {

        private Map<Long, ProcStat.ThreadTicks> start = Map.of();
        private final Map<Long, ProcStat.ThreadTicks> last = new ConcurrentHashMap<>();

        void start(long pid) {
            last.clear();
            start = ProcStat.threads(pid);
        }

        void sample(long pid) {
            last.putAll(ProcStat.threads(pid));
        }

        /** CPU seconds by kind: gc, jit, mongo-java-server's threads, other threads (live at a sample). */
        Map<String, Double> byKind() {
            Map<String, Double> result = new TreeMap<>();
            for (Map.Entry<Long, ProcStat.ThreadTicks> now : last.entrySet()) {
                ProcStat.ThreadTicks before = start.get(now.getKey());
                long ticks = now.getValue().ticks() - (before == null ? 0 : before.ticks());
                if (ticks <= 0) {
                    continue;
                }
                String name = now.getValue().name();
                String kind = ProcStat.jvmKind(name);
                if (kind == null) {
                    kind = name.startsWith("mongo-server") ? "database (mongo-java-server)" : "other threads";
                }
                result.merge(kind, ticks / ProcStat.TICKS_PER_SECOND, Double::sum);
            }
            return result;
        }
    }
}
