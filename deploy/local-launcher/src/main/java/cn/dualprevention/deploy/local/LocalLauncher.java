package cn.dualprevention.deploy.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The command line behind {@code deploy/local/run}:
 * <pre>
 *   run [start] [--detach] [--train] [--no-demo] [--no-aot] [--simulate-week | --no-simulation]
 *                                                             start the suite (foreground unless --detach)
 *   run stop                                                  stop a suite started from this data dir
 *   run status                                                what runs
 * </pre>
 * Environment: {@code DP_DATA_DIR}, the port variables of docs/architecture.md, {@code DP_JVM_OPTS} (replaces the
 * Spring processes' JVM flags), {@code DP_AOT=off}, {@code DP_SIMULATE} ({@code week} / {@code off}),
 * {@code DP_SIMULATE_MINUTES}, {@code DP_SIMULATE_SEED}.
 */
public final class LocalLauncher {

    private LocalLauncher() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out) {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        String command = !a.isEmpty() && !a.get(0).startsWith("-") ? a.remove(0) : "start";
        try {
            return switch (command) {
                case "start" -> start(a, env, out);
                case "train" -> {
                    a.add("--train");
                    yield start(a, env, out);
                }
                case "stop" -> SuiteControl.stop(dataDir(env), out);
                case "status" -> SuiteControl.status(dataDir(env), out);
                case "help", "-h", "--help" -> usage(out, 0);
                default -> usage(out, 2);
            };
        } catch (SuiteException e) {
            out.println();
            out.println("ERROR: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream out, int code) {
        out.println("""
                usage: deploy/local/run [start] [--detach] [--train] [--no-demo] [--no-aot] [--simulate-week|--no-simulation]
                       deploy/local/run stop | status
                  --detach   return once everything is healthy and leave it running (stop with: run stop)
                  --train    (re)create the JDK AOT caches: start, wait until healthy, stop
                  --no-demo  do not load deploy/local/demo/demo.json
                  --no-aot   no JDK AOT cache (also DP_AOT=off)
                  --simulate-week  (the default on a new data directory) start a week in the past, load the demo, then
                             play the week of plant life in about 4 minutes (DP_SIMULATE_MINUTES) until the present
                  --no-simulation  start on real time with the demo as loaded (also DP_SIMULATE=off)
                environment: DP_DATA_DIR, DP_GATEWAY_PORT, DP_REGISTRY_PORT, DP_RISK_PORT, DP_INSPECTION_PORT,
                  DP_HAZARD_PORT, DP_ASSESSMENT_PORT, DP_EXCHANGE_PORT, DP_KAFKA_PORT, DP_MONGO_PORT, DP_JVM_OPTS,
                  DP_SIMULATE (week|off), DP_SIMULATE_MINUTES (4), DP_SIMULATE_SEED (42)""");
        return code;
    }

    static Path dataDir(Map<String, String> env) {
        String dir = env.get("DP_DATA_DIR");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir).toAbsolutePath().normalize();
        }
        return LocalSuite.detectHome().resolve("deploy/local/data").toAbsolutePath().normalize();
    }

    private static int start(List<String> options, Map<String, String> env, PrintStream out) {
        boolean detach = options.remove("--detach");
        boolean train = options.remove("--train");
        boolean noDemo = options.remove("--no-demo");
        boolean noAot = options.remove("--no-aot") || "off".equalsIgnoreCase(env.getOrDefault("DP_AOT", ""));
        LocalSuite.Simulation simulation;
        try {
            simulation = simulation(options, env, train || noDemo);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return usage(out, 2);
        }
        if (!options.isEmpty()) {
            out.println("unknown option(s): " + options);
            return usage(out, 2);
        }
        LocalSuite.Builder builder = LocalSuite.builder()
                .dataDir(dataDir(env))
                .ports(Ports.fromEnv(env))
                .loadDemoData(!noDemo)
                .demoReceiver(!noDemo)
                .simulate(simulation)
                .aot(noAot ? AotCache.Mode.OFF : train ? AotCache.Mode.TRAIN : AotCache.Mode.AUTO)
                .output(out);
        String t0 = env.get("DP_RUN_T0");
        if (t0 != null && t0.matches("\\d{10,}")) {
            builder.startedAt(java.time.Instant.ofEpochMilli(Long.parseLong(t0)));
        }
        String jvmOpts = env.get("DP_JVM_OPTS");
        if (jvmOpts != null && !jvmOpts.isBlank()) {
            builder.springJvmFlags(Arrays.asList(jvmOpts.trim().split("\\s+")));
        }
        String timeout = env.get("DP_STARTUP_TIMEOUT");
        if (timeout != null && !timeout.isBlank()) {
            builder.startupTimeout(Duration.ofSeconds(Long.parseLong(timeout.trim())));
        }
        if ("true".equalsIgnoreCase(env.getOrDefault("DP_INFRA_FIRST", ""))) {
            builder.infraFirst(true);
        }
        RunningSuite suite = builder.start();
        if (train) {
            out.printf("Trained on this run; all healthy in %.1f s. Stopping to write the caches...%n",
                    suite.secondsToHealthy());
            suite.stop();
            out.println("AOT caches written to " + suite.dataDir().resolve("aot") + "; start with: deploy/local/run");
            return 0;
        }
        out.print(suite.summary());
        out.printf("%n  Started in %.1f s (from start to all healthy%s).%n", suite.secondsToHealthy(),
                suite.trainingAotCaches() ? "; AOT caches are being trained on this run, the next start is faster" : "");
        if (detach) {
            suite.detach();
            out.println("  Running in the background. Stop with: deploy/local/run stop   (status: deploy/local/run status)");
            return 0;
        }
        out.println("  Press Ctrl-C to stop everything.");
        foreground(suite, out);
        return 0;
    }

    /**
     * Whether (and how) to simulate a week before going live: on by default (the first screen a user sees is full;
     * it only happens on a data directory whose demo is loaded on this start), off with {@code --no-simulation},
     * {@code DP_SIMULATE=off}, {@code --no-demo} or {@code --train}.
     */
    static LocalSuite.Simulation simulation(List<String> options, Map<String, String> env, boolean impossible) {
        boolean on = options.remove("--simulate-week");
        boolean off = options.remove("--no-simulation");
        if (on && off) {
            throw new IllegalArgumentException("--simulate-week and --no-simulation exclude each other");
        }
        String setting = env.getOrDefault("DP_SIMULATE", "").trim().toLowerCase(java.util.Locale.ROOT);
        if (!setting.isEmpty() && !List.of("week", "on", "true", "off", "false", "no").contains(setting)) {
            throw new IllegalArgumentException("DP_SIMULATE is week or off, not " + env.get("DP_SIMULATE"));
        }
        boolean envOff = List.of("off", "false", "no").contains(setting);
        if (off || (envOff && !on) || impossible) {
            return null;
        }
        LocalSuite.Simulation simulation = LocalSuite.Simulation.week();
        String minutes = env.getOrDefault("DP_SIMULATE_MINUTES", "").trim();
        if (!minutes.isEmpty()) {
            try {
                double m = Double.parseDouble(minutes);
                if (!(m > 0)) {
                    throw new NumberFormatException();
                }
                simulation = simulation.lasting(Duration.ofMillis((long) (m * 60_000)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("DP_SIMULATE_MINUTES is a positive number of minutes, not " + minutes);
            }
        }
        String seed = env.getOrDefault("DP_SIMULATE_SEED", "").trim();
        if (!seed.isEmpty()) {
            try {
                simulation = simulation.seed(Long.parseLong(seed));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("DP_SIMULATE_SEED is a whole number, not " + seed);
            }
        }
        return simulation;
    }

    /** Waits until Ctrl-C (the shutdown hook stops the suite); reports processes that die meanwhile. */
    private static void foreground(RunningSuite suite, PrintStream out) {
        CountDownLatch forever = new CountDownLatch(1);
        java.util.Set<String> reported = new java.util.HashSet<>();
        while (true) {
            try {
                if (forever.await(2, java.util.concurrent.TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            for (ManagedProcess p : suite.deadProcesses()) {
                if (reported.add(p.name())) {
                    out.println("WARNING: " + p.name() + " exited" + (p.exitCode() >= 0 ? " with code " + p.exitCode() : "")
                            + "; last lines of " + p.log() + ":\n" + p.tail(20));
                }
            }
        }
    }
}
