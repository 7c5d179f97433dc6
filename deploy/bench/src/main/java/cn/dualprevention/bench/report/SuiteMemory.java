package cn.dualprevention.bench.report;

import cn.dualprevention.bench.suite.Api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 4 (memory) — the resident memory of each process of the suite: the launcher's pid file
 * ({@code <data>/suite.pid}, lines {@code name pid startMillis port log}) names them, {@code /proc/<pid>/status}
 * gives {@code VmRSS}. Usage: {@code SuiteMemory <data dir> <out.json>}.
 */
public final class SuiteMemory {

    private SuiteMemory() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Long> rss = residentKib(Path.of(args[0]).resolve("suite.pid"), Path.of("/proc"));
        long total = rss.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("processesKib", rss);
        result.put("totalKib", total);
        Api.JSON.writerWithDefaultPrettyPrinter().writeValue(Path.of(args[1]).toFile(), result);
        rss.forEach((name, kib) -> System.out.printf("  %-20s %7.0f MB%n", name, kib / 1024.0));
        System.out.printf("  %-20s %7.0f MB%n", "total", total / 1024.0);
    }

    /** VmRSS in KiB of every live process of the pid file (the launcher's own line excluded), by name. */
    static Map<String, Long> residentKib(Path pidFile, Path proc) throws IOException {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (String line : Files.readAllLines(pidFile)) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 2 || "launcher".equals(f[0])) {
                continue;
            }
            Path status = proc.resolve(f[1]).resolve("status");
            if (Files.exists(status)) {
                rss.put(f[0], vmRssKib(Files.readAllLines(status)));
            }
        }
        return rss;
    }

    static long vmRssKib(List<String> status) {
        for (String line : status) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
            }
        }
        throw new IllegalArgumentException("no VmRSS line");
    }
}
