package cn.dualprevention.inspection.cycle.infrastructure;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of a Linux process and of its threads from {@code /proc/<pid>/stat} and {@code /proc/<pid>/task/<tid>/stat}
 * (utime + stime, in clock ticks): for the database process, whose threads the benchmark's JVM cannot see, and for the
 * JVM's own native threads (GC, JIT), which {@code ThreadMXBean} does not list. A process's figure includes the threads
 * that have ended; a thread's name ({@code comm}) is cut to 15 characters by the kernel.
 */
final class ProcStat {

    /** Clock ticks per second (USER_HZ); 100 on every Linux this runs on, asked once from {@code getconf}. */
    static final double TICKS_PER_SECOND = ticksPerSecond();

    private ProcStat() {
    }

    /** One thread's name and CPU ticks so far. */
    record ThreadTicks(String name, long ticks) {
    }

    /** utime + stime of the process, all its threads (also those that ended), in seconds; -1 when it is gone. */
    static double processSeconds(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        return stat == null ? -1 : ticks(stat) / TICKS_PER_SECOND;
    }

    /** The live threads of the process: thread id → name and ticks. */
    static Map<Long, ThreadTicks> threads(long pid) {
        Map<Long, ThreadTicks> result = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                String stat = read(task.resolve("stat"));
                if (stat != null) {
                    result.put(Long.parseLong(task.getFileName().toString()), new ThreadTicks(name(stat), ticks(stat)));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended meanwhile: what was read so far
        }
        return result;
    }

    /** The JVM's native threads: garbage collection (and the VM thread, which runs its pauses), JIT compilers, other. */
    static String jvmKind(String threadName) {
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.startsWith("VM Thread")) {
            return "gc";
        }
        if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
            return "jit";
        }
        return null;
    }

    /** Fields after the name, which is in parentheses and may itself contain spaces: utime is field 14, stime 15. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state)
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String name(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).strip();
            getconf.waitFor();
            return Double.parseDouble(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
