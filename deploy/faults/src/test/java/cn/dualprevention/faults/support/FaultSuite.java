package cn.dualprevention.faults.support;

import cn.dualprevention.deploy.local.AotCache;
import cn.dualprevention.deploy.local.KafkaBroker;
import cn.dualprevention.deploy.local.LocalSuite;
import cn.dualprevention.deploy.local.ManagedProcess;
import cn.dualprevention.deploy.local.Ports;
import cn.dualprevention.deploy.local.Probes;
import cn.dualprevention.deploy.local.RunningSuite;
import cn.dualprevention.deploy.local.SpringApp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one suite of the fault run, started as {@code deploy/local/run} starts it (own data directory, free ports, no
 * demo data), plus what a supervisor does to its processes: kill -9, stop, start again with the same command line.
 *
 * <p>The jars are copied first into {@code target/suite-home} so that a module rebuilt by someone else during the run
 * does not change (or remove) the jar a process is restarted from.
 *
 * <p>The launcher's {@link RunningSuite} starts every process once and has no "restart one"; the command line and
 * environment of a process are read from {@code /proc/<pid>} before it is first killed (Linux only), and the process
 * started again through {@link ManagedProcess#start}. Restarted processes are stopped here on {@link #close()}.
 */
public final class FaultSuite implements AutoCloseable {

    public static final String KAFKA = Ports.KAFKA;
    public static final String MONGO = Ports.MONGO;
    public static final String GATEWAY = SpringApp.GATEWAY.name();
    public static final String SANDBOX = "sandbox-receiver";

    private final RunningSuite suite;
    private final Map<String, Launch> launches = new ConcurrentHashMap<>();
    private final Map<String, ManagedProcess> restarted = new ConcurrentHashMap<>();

    private record Launch(List<String> command, Map<String, String> env) {
    }

    private FaultSuite(RunningSuite suite) {
        this.suite = suite;
        for (ManagedProcess p : suite.processes()) {
            launches.put(p.name(), launchOf(p.pid()));
        }
    }

    /** Copies the jars of {@code home} to {@code target/suite-home} and starts the suite from there. */
    public static FaultSuite start(Path home, Path dataDir, Map<String, String> env) {
        Path snapshot = Path.of("target", "suite-home").toAbsolutePath();
        for (SpringApp app : SpringApp.ALL) {
            Path jar = app.jar(home);
            Path copy = app.jar(snapshot);
            try {
                Files.createDirectories(copy.getParent());
                Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + jar + " (build the suite first: ./mvnw -q -DskipTests install)", e);
            }
        }
        LocalSuite.Builder builder = LocalSuite.builder()
                .home(snapshot)
                .dataDir(dataDir)
                .ports(Ports.allFree())
                .aot(AotCache.Mode.OFF)
                .loadDemoData(false)
                .infraFirst(true)
                .startupTimeout(Duration.ofSeconds(420));
        env.forEach(builder::env);
        return new FaultSuite(builder.start());
    }

    public RunningSuite suite() {
        return suite;
    }

    public String gatewayUrl() {
        return suite.gatewayUrl();
    }

    public String issuerUrl() {
        return suite.issuerUrl();
    }

    public String sandboxUrl() {
        return "http://localhost:" + suite.ports().get(SANDBOX);
    }

    public String mongoUri() {
        return suite.mongoUri();
    }

    /** The process now running under {@code name} (the restarted one after a restart). */
    public ManagedProcess process(String name) {
        ManagedProcess p = restarted.get(name);
        if (p != null) {
            return p;
        }
        return suite.processes().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no process " + name));
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or deregistered. */
    public void kill9(String name) {
        ManagedProcess p = process(name);
        p.kill();
        if (!p.awaitExit(Duration.ofSeconds(30))) {
            throw new IllegalStateException(name + " did not die from SIGKILL");
        }
    }

    /** SIGTERM and wait for the exit (a clean stop: Kafka's controlled shutdown, Mongo's file closed). */
    public void stop(String name) {
        ManagedProcess p = process(name);
        p.requestStop();
        if (!p.awaitExit(Duration.ofSeconds(90))) {
            p.kill();
            p.awaitExit(Duration.ofSeconds(10));
            throw new IllegalStateException(name + " did not stop within 90 s of SIGTERM (killed)");
        }
    }

    /** Starts the process again with the command line and environment it was first started with. */
    public void restart(String name) {
        Launch launch = launches.get(name);
        if (launch == null) {
            throw new IllegalStateException("no launch of " + name + " known");
        }
        try {
            ManagedProcess p = ManagedProcess.start(name, launch.command(), launch.env(), suite.logFile(name),
                    suite.dataDir(), suite.ports().get(name));
            restarted.put(name, p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " again", e);
        }
    }

    /**
     * Whether the process serves again as the suite needs it: Mongo's port open; Kafka's broker ready; a Spring
     * process healthy, registered in Eureka, and (a service behind the gateway) routed to by the gateway.
     */
    public boolean serves(String name) {
        if (!process(name).isAlive()) {
            return false;
        }
        if (name.equals(MONGO)) {
            return Probes.portOpen(suite.ports().get(MONGO));
        }
        if (name.equals(KAFKA)) {
            return Probes.portOpen(suite.ports().get(KAFKA)) && KafkaBroker.isReady(suite.kafkaBootstrap());
        }
        SpringApp app = SpringApp.byName(name).orElseThrow();
        if (!Probes.healthUp(suite.ports().get(name))) {
            return false;
        }
        if (!app.registers()) {
            return true;
        }
        if (!Probes.eurekaAppsUp(suite.ports().get(SpringApp.REGISTRY.name())).contains(app.eurekaApp())) {
            return false;
        }
        return name.equals(GATEWAY) || Probes.gatewayRoutes(suite.ports().get(GATEWAY), name);
    }

    /** Whether every process is alive and every Spring process healthy (after a fault: nobody stayed down). */
    public List<String> notServing() {
        List<String> down = new ArrayList<>();
        for (ManagedProcess p : suite.processes()) {
            ManagedProcess now = process(p.name());
            boolean ok = now.isAlive() && (SpringApp.byName(p.name()).isEmpty() || Probes.healthUp(now.port()));
            if (!ok) {
                down.add(p.name());
            }
        }
        return down;
    }

    /** The last lines of a process' log (for a failure message). */
    public String tail(String name, int lines) {
        return process(name).tail(lines);
    }

    /** Restarted Spring processes first, then the suite in its order, then a restarted Kafka and Mongo. */
    @Override
    public void close() {
        List<ManagedProcess> mine = new ArrayList<>(restarted.values());
        List<ManagedProcess> springs = mine.stream().filter(p -> SpringApp.byName(p.name()).isPresent()).toList();
        springs.forEach(ManagedProcess::requestStop);
        springs.forEach(p -> {
            if (!p.awaitExit(Duration.ofSeconds(60))) {
                p.kill();
            }
        });
        suite.close();
        for (String infra : List.of(KAFKA, MONGO)) {
            Optional.ofNullable(restarted.get(infra)).ifPresent(p -> {
                p.requestStop();
                if (!p.awaitExit(Duration.ofSeconds(60))) {
                    p.kill();
                }
            });
        }
    }

    /** The command line and environment of a running process, from /proc (a leading setsid is left out). */
    private static Launch launchOf(long pid) {
        try {
            List<String> cmd = new ArrayList<>(split(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"))));
            if (!cmd.isEmpty() && cmd.getFirst().endsWith("/setsid")) {
                cmd.removeFirst();
            }
            Map<String, String> env = new LinkedHashMap<>();
            for (String entry : split(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")))) {
                int eq = entry.indexOf('=');
                if (eq > 0) {
                    env.put(entry.substring(0, eq), entry.substring(eq + 1));
                }
            }
            return new Launch(List.copyOf(cmd), Map.copyOf(env));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the launch of pid " + pid + " (the fault run needs Linux /proc)", e);
        }
    }

    private static List<String> split(byte[] nulSeparated) {
        String all = new String(nulSeparated, StandardCharsets.UTF_8);
        return Arrays.stream(all.split("\0")).filter(s -> !s.isEmpty()).toList();
    }
}
