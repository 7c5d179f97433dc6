package cn.dualprevention.deploy.local;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole suite on one machine, without Docker: MongoDB (mongo-java-server on an H2 file) and a KRaft Kafka
 * broker as their own processes, then the registry, the gateway and the five services, each
 * {@code java -jar <module>/target/<module>-0.1.0-SNAPSHOT.jar}.
 *
 * <pre>{@code
 * try (RunningSuite suite = LocalSuite.builder().home(repoRoot).dataDir(tmp).ports(Ports.allFree()).start()) {
 *     URI gateway = URI.create(suite.gatewayUrl());
 *     ...
 * }
 * }</pre>
 */
public final class LocalSuite {

    /**
     * JVM flags for the Spring processes: quick start-up on a small machine (C1 only, serial GC, small stacks).
     * {@code DP_JVM_OPTS} replaces them in the run script.
     */
    public static final List<String> DEFAULT_SPRING_JVM_FLAGS = List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xss512k",
            "-Xms128m",
            "-Xmx384m",
            "-XX:CICompilerCount=1",
            "-Djava.awt.headless=true");

    final Path home;
    final Path dataDir;
    final Ports ports;
    final boolean loadDemo;
    final Path demoFile;
    final AotCache.Mode aotMode;
    final Path aotDir;
    final List<String> springJvmFlags;
    final Map<String, String> extraEnv;
    final Duration startupTimeout;
    final PrintStream out;
    final boolean stopOnJvmExit;
    final boolean infraFirst;
    final String childClasspath;
    final Jdk jdk;
    final long startNanos;
    final Simulation simulation;
    final boolean demoReceiver;

    private LocalSuite(Builder b) {
        this.home = (b.home != null ? b.home : detectHome()).toAbsolutePath().normalize();
        this.dataDir = (b.dataDir != null ? b.dataDir : home.resolve("deploy/local/data")).toAbsolutePath().normalize();
        this.ports = b.ports != null ? b.ports : Ports.fromEnv(System.getenv());
        this.loadDemo = b.loadDemo;
        this.demoFile = b.demoFile != null ? b.demoFile : home.resolve("deploy/local/demo/demo.json");
        this.aotMode = b.aotMode;
        this.aotDir = (b.aotDir != null ? b.aotDir : dataDir.resolve("aot")).toAbsolutePath().normalize();
        this.springJvmFlags = List.copyOf(b.springJvmFlags);
        this.extraEnv = Map.copyOf(b.extraEnv);
        this.startupTimeout = b.startupTimeout;
        this.out = b.out;
        this.stopOnJvmExit = b.stopOnJvmExit;
        this.infraFirst = b.infraFirst;
        this.childClasspath = b.childClasspath != null ? b.childClasspath : defaultChildClasspath();
        this.jdk = b.jdk != null ? b.jdk : Jdk.current();
        this.simulation = b.simulation;
        this.demoReceiver = b.demoReceiver;
        long sinceStart = b.startedAt == null ? 0
                : Math.max(0, java.time.Duration.between(b.startedAt, java.time.Instant.now()).toNanos());
        this.startNanos = System.nanoTime() - sinceStart;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A simulated past before the suite goes live: the services start with their clocks {@code days} in the past
     * (real speed), the demo is loaded, then the simulator plays those days of plant life in {@code duration} of real
     * time until the clock reaches the present. Only on a data directory whose demo is loaded on this start.
     *
     * @param days     how far back the simulated time starts (7: a week)
     * @param duration how long (real time) the simulated days take
     * @param seed     the simulator's seed
     */
    public record Simulation(int days, Duration duration, long seed) {

        public Simulation {
            if (days < 1) {
                throw new IllegalArgumentException("simulate at least one day");
            }
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("the simulation needs a positive duration");
            }
        }

        /** A week in about four minutes, seed 42. */
        public static Simulation week() {
            return new Simulation(7, Duration.ofMinutes(4), 42);
        }

        public Simulation lasting(Duration d) {
            return new Simulation(days, d, seed);
        }

        public Simulation seed(long s) {
            return new Simulation(days, duration, s);
        }
    }

    /** Configures and starts a suite; every setting has a default (see the setters). */
    public static final class Builder {
        private Path home;
        private Path dataDir;
        private Ports ports;
        private boolean loadDemo = true;
        private Path demoFile;
        private AotCache.Mode aotMode = AotCache.Mode.AUTO;
        private Path aotDir;
        private List<String> springJvmFlags = DEFAULT_SPRING_JVM_FLAGS;
        private final Map<String, String> extraEnv = new LinkedHashMap<>();
        private Duration startupTimeout = Duration.ofSeconds(240);
        private PrintStream out = System.out;
        private boolean stopOnJvmExit = true;
        private boolean infraFirst = false;
        private boolean demoReceiver = false;
        private String childClasspath;
        private Jdk jdk;
        private java.time.Instant startedAt;
        private Simulation simulation;

        private Builder() {
        }

        /** Simulate days of plant life before going live (default: none); see {@link Simulation}. */
        public Builder simulate(Simulation simulation) {
            this.simulation = simulation;
            return this;
        }

        /** When "start" began for the timings (the run script passes the moment it was called); default now. */
        public Builder startedAt(java.time.Instant instant) {
            this.startedAt = instant;
            return this;
        }

        /** The repository root (holds {@code <module>/target/<module>-0.1.0-SNAPSHOT.jar}); default: detected. */
        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        /** Mongo's H2 file, Kafka's log dirs, the logs, the pid file; default {@code deploy/local/data}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** Default: {@link Ports#fromEnv} of this process' environment. 0 picks a free port. */
        public Builder ports(Ports ports) {
            this.ports = Objects.requireNonNull(ports);
            return this;
        }

        /** One port by process name ({@code gateway}, {@code risk-service}, {@code kafka}, {@code mongo}, ...). */
        public Builder port(String process, int port) {
            this.ports = (ports != null ? ports : Ports.fromEnv(System.getenv())).with(process, port);
            return this;
        }

        /** Load the demo data once after start (default true). */
        public Builder loadDemoData(boolean load) {
            this.loadDemo = load;
            return this;
        }

        /**
         * Connects the demo enterprise to the local regulator hub sandbox (default false; deploy/local/run: true):
         * exchange-service gets a configured http-batch receiver {@code sandbox} for the first company code of the
         * demo file (the sandbox's demo account serves one enterprise), so every record of that enterprise is
         * delivered to the sandbox and checked by its field rules.
         */
        public Builder demoReceiver(boolean connect) {
            this.demoReceiver = connect;
            return this;
        }

        /** Default {@code <home>/deploy/local/demo/demo.json}. */
        public Builder demoFile(Path file) {
            this.demoFile = file;
            return this;
        }

        /** JDK AOT caches (JDK 25+): AUTO by default; OFF for none; TRAIN to train them again. */
        public Builder aot(AotCache.Mode mode) {
            this.aotMode = Objects.requireNonNull(mode);
            return this;
        }

        /** Where the AOT caches live; default {@code <dataDir>/aot}. Tests in temp dirs may share one. */
        public Builder aotDir(Path dir) {
            this.aotDir = dir;
            return this;
        }

        /** Replaces {@link #DEFAULT_SPRING_JVM_FLAGS}. */
        public Builder springJvmFlags(List<String> flags) {
            this.springJvmFlags = List.copyOf(flags);
            return this;
        }

        /** An extra environment variable for every Spring process (e.g. a profile). */
        public Builder env(String name, String value) {
            this.extraEnv.put(name, value);
            return this;
        }

        /** Until every process is healthy; default 240 s. */
        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        /** Progress output; default {@code System.out}. */
        public Builder output(PrintStream out) {
            this.out = Objects.requireNonNull(out);
            return this;
        }

        /** Stop the suite when this JVM exits (default true; the launcher turns it off for {@code --detach}). */
        public Builder stopOnJvmExit(boolean stop) {
            this.stopOnJvmExit = stop;
            return this;
        }

        /** Wait for Mongo and Kafka to be ready before starting the Spring processes (default false). */
        public Builder infraFirst(boolean infraFirst) {
            this.infraFirst = infraFirst;
            return this;
        }

        /** The class path of the Mongo and Kafka processes; default: the launcher jar + lib, or this JVM's. */
        public Builder childClasspath(String classpath) {
            this.childClasspath = classpath;
            return this;
        }

        public Builder jdk(Jdk jdk) {
            this.jdk = jdk;
            return this;
        }

        /** Starts everything and returns once every process is healthy (and the demo data is loaded). */
        public RunningSuite start() {
            return new LocalSuite(this).start();
        }

        /** The settings, without starting anything (tests). */
        LocalSuite config() {
            return new LocalSuite(this);
        }
    }

    RunningSuite start() {
        List<String> missing = new ArrayList<>();
        for (SpringApp app : SpringApp.ALL) {
            if (!Files.isRegularFile(app.jar(home))) {
                missing.add(home.relativize(app.jar(home)).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new SuiteException("missing jars: " + String.join(", ", missing)
                    + " — build them first: ./mvnw -q -DskipTests install (in " + home + ")");
        }
        try {
            Files.createDirectories(dataDir.resolve("logs"));
        } catch (IOException e) {
            throw new SuiteException("cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        PidFile pidFile = new PidFile(dataDir);
        List<PidFile.Entry> alive = pidFile.alive();
        if (!alive.isEmpty()) {
            throw new SuiteException("a suite already runs on " + dataDir + " (" + alive.stream()
                    .map(e -> e.name() + " pid " + e.pid()).toList() + "); stop it first: deploy/local/run stop");
        }
        pidFile.delete();
        Ports resolved = checkPorts(ports.resolve());
        RunningSuite suite = new RunningSuite(this, resolved, pidFile);
        suite.startAll();
        return suite;
    }

    /** Refuses ports that are taken or given twice. */
    static Ports checkPorts(Ports ports) {
        Map<Integer, String> seen = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ports.asMap().entrySet()) {
            List<Integer> wanted = e.getKey().equals(Ports.KAFKA)
                    ? List.of(e.getValue(), e.getValue() + 1) : List.of(e.getValue());
            for (int port : wanted) {
                String label = port == e.getValue() ? e.getKey() : e.getKey() + " controller";
                String other = seen.putIfAbsent(port, label);
                if (other != null) {
                    problems.add("port " + port + " is given to both " + other + " and " + label);
                } else if (!Ports.isFree(port)) {
                    problems.add("port " + port + " (" + label + ") is already in use");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SuiteException("cannot start: " + String.join("; ", problems)
                    + ". Stop what uses it (a suite already running? deploy/local/run status) or choose other ports"
                    + " with DP_GATEWAY_PORT, DP_REGISTRY_PORT, DP_RISK_PORT, ..., DP_KAFKA_PORT, DP_MONGO_PORT.");
        }
        return ports;
    }

    /** {@code dp.home}, else the first parent of the working directory or of the launcher jar with the modules. */
    static Path detectHome() {
        String prop = System.getProperty("dp.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        codeSource().ifPresent(starts::add);
        for (Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("deploy/local-launcher")) && Files.exists(p.resolve("pom.xml"))) {
                    return p;
                }
            }
        }
        throw new SuiteException("cannot find the repository root; pass -Ddp.home=<dir> or builder().home(dir)");
    }

    static String defaultChildClasspath() {
        java.util.Optional<Path> src = codeSource();
        if (src.isPresent() && Files.isRegularFile(src.get())) {
            Path lib = src.get().getParent().resolve("lib");
            if (Files.isDirectory(lib)) {
                return src.get() + File.pathSeparator + lib + File.separator + "*";
            }
        }
        return System.getProperty("java.class.path");
    }

    /**
     * Kafka needs only the lib directory; leaving the launcher jar out keeps Kafka's AOT cache valid when only
     * the launcher is rebuilt.
     */
    String kafkaClasspath() {
        String[] entries = childClasspath.split(java.util.regex.Pattern.quote(File.pathSeparator));
        if (entries.length == 2 && entries[0].endsWith(".jar") && entries[1].endsWith("*")) {
            return entries[1];
        }
        return childClasspath;
    }

    static java.util.Optional<Path> codeSource() {
        try {
            return java.util.Optional.of(Path.of(LocalSuite.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
