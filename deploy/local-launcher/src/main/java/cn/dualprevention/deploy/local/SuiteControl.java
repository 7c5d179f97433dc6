package cn.dualprevention.deploy.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code run stop} and {@code run status} for a suite found through its pid file. */
final class SuiteControl {

    private SuiteControl() {
    }

    static int stop(Path dataDir, PrintStream out) {
        PidFile pidFile = new PidFile(dataDir);
        List<PidFile.Entry> alive = pidFile.alive();
        if (alive.isEmpty()) {
            out.println("No suite runs on " + dataDir + ".");
            pidFile.delete();
            return 0;
        }
        long start = System.nanoTime();
        Optional<PidFile.Entry> launcher = alive.stream().filter(e -> e.name().equals(PidFile.LAUNCHER)).findFirst();
        if (launcher.isPresent()) {
            // A foreground launcher supervises it: let it stop everything in order.
            out.println("Asking the launcher (pid " + launcher.get().pid() + ") to stop the suite...");
            launcher.get().handle().ifPresent(ProcessHandle::destroy);
            for (PidFile.Entry e : alive) {
                e.handle().ifPresent(h -> await(h, Duration.ofSeconds(300)));
            }
        } else {
            out.println("Stopping the suite on " + dataDir + "...");
            List<ManagedProcess> processes = new ArrayList<>();
            for (PidFile.Entry e : alive) {
                e.handle().ifPresent(h -> processes.add(ManagedProcess.attach(e.name(), h,
                        e.log().equals("-") ? null : Path.of(e.log()), e.port())));
            }
            Progress progress = new Progress(out, start);
            List<String> services = SpringApp.ALL.stream().filter(a -> a != SpringApp.REGISTRY).map(SpringApp::name).toList();
            boolean training = java.nio.file.Files.exists(dataDir.resolve("aot")) && aotConfigPending(dataDir);
            Duration springTimeout = Duration.ofSeconds(training ? 240 : 90);
            RunningSuite.stopGroup(processes, springTimeout, services, progress);
            RunningSuite.stopGroup(processes, springTimeout, List.of(SpringApp.REGISTRY.name()), progress);
            RunningSuite.stopGroup(processes, Duration.ofSeconds(60), List.of(Ports.KAFKA), progress);
            RunningSuite.stopGroup(processes, Duration.ofSeconds(60), List.of(Ports.MONGO), progress);
        }
        List<PidFile.Entry> left = pidFile.read().stream().filter(PidFile.Entry::isAlive).toList();
        if (!left.isEmpty() && launcher.isEmpty()) {
            out.println("Still running: " + left.stream().map(e -> e.name() + " pid " + e.pid()).toList());
            return 1;
        }
        pidFile.delete();
        out.printf("Stopped in %.1f s.%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** A training run is going on when the suite runs and some cache has not been written yet. */
    private static boolean aotConfigPending(Path dataDir) {
        try (var files = java.nio.file.Files.list(dataDir.resolve("aot"))) {
            List<Path> list = files.toList();
            return list.stream().filter(java.nio.file.Files::isDirectory)
                    .filter(d -> !d.getFileName().toString().endsWith(".tmp"))
                    .anyMatch(d -> !java.nio.file.Files.exists(d.resolveSibling(d.getFileName() + ".aot")));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void await(ProcessHandle h, Duration timeout) {
        try {
            h.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception ignored) {
            // reported below
        }
    }

    static int status(Path dataDir, PrintStream out) {
        PidFile pidFile = new PidFile(dataDir);
        List<PidFile.Entry> entries = pidFile.read();
        if (entries.isEmpty()) {
            out.println("No suite runs on " + dataDir + ".");
            return 3;
        }
        out.println("Suite on " + dataDir + ":");
        out.printf("  %-19s %-8s %-6s %s%n", "PROCESS", "PID", "PORT", "STATE");
        int running = 0;
        int total = 0;
        for (PidFile.Entry e : entries) {
            boolean alive = e.isAlive();
            String state;
            if (e.name().equals(PidFile.LAUNCHER)) {
                out.printf("  %-19s %-8d %-6s %s%n", "(launcher)", e.pid(), "-", alive ? "running in the foreground" : "gone");
                continue;
            }
            total++;
            if (!alive) {
                state = "not running";
            } else if (SpringApp.byName(e.name()).isPresent()) {
                String health = Probes.healthStatus(e.port());
                state = "running, health " + (health == null ? "not answering" : health);
            } else {
                state = Probes.portOpen(e.port()) ? "running, port open" : "running, port not open yet";
            }
            if (alive) {
                running++;
            }
            out.printf("  %-19s %-8d %-6d %s%n", e.name(), e.pid(), e.port(), state);
        }
        entries.stream().filter(e -> e.name().equals(SpringApp.GATEWAY.name())).findFirst()
                .ifPresent(g -> out.println("  Gateway: http://localhost:" + g.port() + "   Logs: " + dataDir.resolve("logs")));
        if (running == 0) {
            out.println("Nothing runs any more (stale pid file removed).");
            pidFile.delete();
            return 3;
        }
        return running == total ? 0 : 1;
    }
}
