package cn.dualprevention.inspection.cycle.infrastructure;

import java.lang.management.ManagementFactory;

/**
 * CPU seconds the benchmark JVM used during an iteration — generation and the in-JVM database together. On a machine
 * shared with other builds the wall time says little; CPU seconds ÷ cores is what the same work needs on idle cores.
 */
final class CpuTime {

    private long startNanos;
    private long startWall;

    void start() {
        startNanos = processCpuNanos();
        startWall = System.nanoTime();
    }

    void report(String what, long cycles) {
        double cpu = (processCpuNanos() - startNanos) / 1e9;
        double wall = (System.nanoTime() - startWall) / 1e9;
        System.out.printf("%n[cpu] %s: %d cycles, wall %.1f s, process CPU %.1f s (%.0f cycles per CPU-second), load %s%n",
                what, cycles, wall, cpu, cycles / cpu, loadAverage());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
