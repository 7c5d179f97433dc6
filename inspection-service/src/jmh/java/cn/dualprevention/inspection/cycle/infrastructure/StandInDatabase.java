package cn.dualprevention.inspection.cycle.infrastructure;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * 替身数据库 — the benchmark's stand-in database in a JVM of its own, as production runs MongoDB in its own process and
 * local mode runs mongo-java-server in its own JVM. {@link DatabaseProcess} starts it:
 * {@code java <heap, GC> -cp <the benchmark's class path> StandInDatabase MEMORY|H2 <H2 file or -> <benchmark pid>}.
 * <p>
 * Standard output carries only this little protocol (everything else, e.g. logging, goes to standard error):
 * {@code ready <port>} once it accepts connections on localhost; for a line {@code gc} on standard input it collects
 * its garbage and answers {@code gc <heap bytes in use afterwards>}. When standard input ends (the benchmark closed it,
 * or the benchmark's JVM died) or the benchmark's process is gone, it shuts the server down and exits: a failed or
 * killed benchmark leaves no database process behind.
 */
public final class StandInDatabase {

    static final String READY = "ready ";
    static final String GC = "gc";

    private StandInDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: StandInDatabase MEMORY|H2 <h2 file or -> <parent pid>");
        }
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        MongoServer server = new MongoServer("H2".equals(args[0]) ? new H2Backend(args[1]) : new MemoryBackend());
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "stand-in-database-shutdown"));
        watchParent(Long.parseLong(args[2]));
        InetSocketAddress address = server.bind();
        protocol.println(READY + address.getPort());
        try (BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                if (GC.equals(line.strip())) {
                    System.gc();
                    Runtime runtime = Runtime.getRuntime();
                    protocol.println(GC + " " + (runtime.totalMemory() - runtime.freeMemory()));
                }
            }
        }
        System.err.println("stand-in database: standard input closed, stopping");
        System.exit(0);
    }

    /** Exits when the benchmark's JVM is gone, even if standard input should stay open (belt and braces). */
    private static void watchParent(long parentPid) {
        Thread.ofPlatform().daemon().name("stand-in-database-parent-watch").start(() -> {
            while (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.err.println("stand-in database: benchmark process " + parentPid + " is gone, stopping");
            System.exit(1);
        });
    }
}
