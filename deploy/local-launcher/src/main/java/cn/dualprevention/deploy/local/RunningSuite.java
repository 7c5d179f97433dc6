package cn.dualprevention.deploy.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A started suite: its URLs, its processes, {@link #stop()} (services first, then the registry, Kafka, Mongo).
 */
public final class RunningSuite implements AutoCloseable {

    private static final String MONGO = Ports.MONGO;
    private static final String KAFKA = Ports.KAFKA;

    private final LocalSuite config;
    private final Ports ports;
    private final PidFile pidFile;
    private final Progress progress;
    private final Map<String, ManagedProcess> processes = new LinkedHashMap<>();
    private final Map<String, AotCache.Plan> plans = new LinkedHashMap<>();
    private final Set<String> healthyNames = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<String, Launch> launches = new LinkedHashMap<>();
    private final Thread shutdownHook;
    private volatile boolean stopping;
    private volatile boolean stopped;
    private volatile double secondsToHealthy = -1;
    private volatile int demoRequests;
    /** The clock file the Spring processes read (simulated time), or null for the real clock. */
    private Path clockFile;
    private volatile cn.dualprevention.deploy.simulator.Simulator.Summary simulationSummary;

    /** The file of the suite's simulated clock, in the data directory. */
    public static final String CLOCK_FILE = "sim-clock.properties";
    /** Marks a data directory whose simulated days have been played. */
    public static final String SIMULATED_MARKER = "simulated";

    /** How a process was started, to start it once more. */
    private record Launch(List<String> cmd, Map<String, String> env, int port, String detail) {
    }

    RunningSuite(LocalSuite config, Ports ports, PidFile pidFile) {
        this.config = config;
        this.ports = ports;
        this.pidFile = pidFile;
        this.progress = new Progress(config.out, config.startNanos);
        this.shutdownHook = new Thread(this::stop, "dp-local-suite-stop");
    }

    // ---------------------------------------------------------------------------------------------- start

    void startAll() {
        if (config.stopOnJvmExit) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        try {
            progress.text("Starting the dual-prevention suite — data " + config.dataDir + ", JDK " + config.jdk.version()
                    + " (" + config.jdk.home() + ")");
            boolean simulate = prepareSimulatedClock();
            startMongo();
            KafkaBroker kafka = startKafka();
            List<SpringApp> apps = SpringApp.ALL;
            planAot(apps);
            if (config.infraFirst) {
                awaitHealthy(List.of(MONGO, KAFKA), kafka);
            }
            for (SpringApp app : apps) {
                startSpring(app);
            }
            List<String> all = new ArrayList<>(processes.keySet());
            awaitHealthy(all, kafka);
            awaitGatewayRoutes(Duration.ofSeconds(30));
            secondsToHealthy = progress.seconds();
            progress.text(String.format("All %d processes healthy in %.1f s (from start)", processes.size(),
                    secondsToHealthy));
            forgetRejectedCaches();
            if (config.loadDemo) {
                DemoLoader loader = new DemoLoader(URI.create(gatewayUrl() + "/"), new DevTokens(URI.create(issuerUrl())),
                        config.out, Duration.ofSeconds(90));
                demoRequests = loader.loadOnce(config.demoFile, config.dataDir.resolve("demo-loaded"));
            }
            if (simulate) {
                simulate();
            }
        } catch (RuntimeException | IOException e) {
            stop();
            if (e instanceof SuiteException se) {
                throw se;
            }
            if (e instanceof DemoLoader.DemoLoadException de) {
                throw new SuiteException("loading the demo data failed: " + de.getMessage()
                        + "\n(to start without it: deploy/local/run --no-demo)", de);
            }
            throw new SuiteException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new SuiteException("interrupted while starting");
        }
    }

    /**
     * With a simulation on a data directory whose demo is loaded on this start: writes the clock file (the suite
     * starts {@code days} in the past, at real speed) for the Spring processes. Otherwise they run on the real clock.
     */
    private boolean prepareSimulatedClock() throws IOException {
        LocalSuite.Simulation simulation = config.simulation;
        if (simulation == null) {
            return false;
        }
        if (!config.loadDemo || Files.exists(config.dataDir.resolve("demo-loaded"))) {
            progress.line("simulation", "skipped", Files.exists(config.dataDir.resolve(SIMULATED_MARKER))
                    ? "this data directory has its simulated days already; the suite runs on real time"
                    : "the simulated days come before the demo data is loaded: start on a new data directory"
                    + " (DP_DATA_DIR) with the demo");
            return false;
        }
        java.time.Instant now = java.time.Instant.now();
        clockFile = config.dataDir.resolve(CLOCK_FILE);
        cn.dualprevention.deploy.simulator.SimulatedTime.write(clockFile, new cn.dualprevention.deploy.simulator.SimulatedTime.Anchor(
                now, now.minus(Duration.ofDays(simulation.days())), java.math.BigDecimal.ONE));
        Files.deleteIfExists(config.dataDir.resolve(SIMULATED_MARKER));
        progress.line("simulation", "clock", "the suite starts " + simulation.days() + " days in the past ("
                + config.dataDir.relativize(clockFile) + "); they pass in about " + simulation.duration().toSeconds()
                + " s once the demo is loaded");
        return true;
    }

    /** Plays the simulated days through the gateway; the suite goes on (on real time) whatever happens. */
    private void simulate() throws IOException {
        LocalSuite.Simulation simulation = config.simulation;
        progress.text("Simulating " + simulation.days() + " days of plant life (seed " + simulation.seed() + ")");
        var settings = cn.dualprevention.deploy.simulator.Simulator.Settings.defaults()
                .withSeed(simulation.seed()).withDuration(simulation.duration());
        List<String> connected = config.demoReceiver && Files.isRegularFile(config.demoFile)
                ? DemoLoader.companyCodes(config.demoFile) : List.of();
        if (!connected.isEmpty()) {
            // the unit stopped for maintenance belongs to the enterprise the sandbox hub receives (demoReceiverEnv)
            settings = settings.withUnitStopIn(connected.get(0));
        }
        var clock = new cn.dualprevention.deploy.simulator.SimulatedTime(clockFile);
        try {
            simulationSummary = new cn.dualprevention.deploy.simulator.Simulator(
                    new cn.dualprevention.deploy.simulator.HttpApi(URI.create(gatewayUrl() + "/"), URI.create(issuerUrl())),
                    clock, settings, config.out).run();
            Files.writeString(config.dataDir.resolve(SIMULATED_MARKER), "simulated " + simulation.days() + " days, seed "
                    + simulation.seed() + ", finished " + java.time.Instant.now() + "\n");
        } catch (RuntimeException e) {
            progress.line("simulation", "FAILED", e.toString() + " — the suite goes on; the clock catches up with real time");
            try {
                clock.changeSpeed(java.math.BigDecimal.valueOf(100_000));
            } catch (RuntimeException ignored) {
                // the clock is never ahead of the real one: at worst it catches up at its old speed
            }
        }
    }

    /** What the simulation did (null when none ran). */
    public cn.dualprevention.deploy.simulator.Simulator.Summary simulationSummary() {
        return simulationSummary;
    }

    /** The simulated clock's file the Spring processes read, when this start simulates; else null. */
    public Path clockFile() {
        return clockFile;
    }

    private void startMongo() throws IOException {
        int port = ports.get(MONGO);
        Path file = config.dataDir.resolve("mongo").resolve("dp.mv");
        AotCache.Plan aot = aot().planClasspath(MONGO, config.childClasspath);
        plans.put(MONGO, aot);
        List<String> cmd = new ArrayList<>(List.of(config.jdk.java().toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xss512k", "-Ddp.log.level=info", "-Dlog4j2.shutdownHookEnabled=false"));
        cmd.addAll(aot.jvmFlags());
        cmd.addAll(List.of("-cp", config.childClasspath, LocalMongo.class.getName(), Integer.toString(port),
                file.toString()));
        launch(MONGO, cmd, Map.of(), port, "port " + port + ", file " + config.dataDir.relativize(file));
    }

    private KafkaBroker startKafka() throws IOException, InterruptedException {
        int port = ports.get(KAFKA);
        KafkaBroker kafka = new KafkaBroker(config.dataDir.resolve("kafka"), port);
        kafka.writeConfig();
        Path log = logFile(KAFKA);
        String classpath = config.kafkaClasspath();
        if (kafka.formatIfNeeded(config.jdk, classpath, log)) {
            progress.line(KAFKA, "formatted", "cluster id " + kafka.clusterId());
        }
        AotCache.Plan aot = aot().planClasspath(KAFKA, classpath);
        plans.put(KAFKA, aot);
        launch(KAFKA, kafka.command(config.jdk, classpath, aot.jvmFlags()), Map.of(), port,
                "port " + port + " (controller " + (port + 1) + ")");
        return kafka;
    }

    private AotCache aot() {
        return new AotCache(config.aotDir, config.jdk, config.aotMode);
    }

    private void planAot(List<SpringApp> apps) throws InterruptedException {
        AotCache aot = aot();
        if (aot.mode() == AotCache.Mode.OFF) {
            apps.forEach(a -> plans.put(a.name(), AotCache.Plan.plain(a.jar(config.home))));
            progress.line("aot cache", "off", config.jdk.supportsAotCache() ? "" : "(needs JDK 25+)");
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<String, Future<AotCache.Plan>> futures = new LinkedHashMap<>();
            for (SpringApp app : apps) {
                futures.put(app.name(), pool.submit(() -> aot.plan(app.name(), app.jar(config.home), logFile(app.name()))));
            }
            for (Map.Entry<String, Future<AotCache.Plan>> f : futures.entrySet()) {
                try {
                    plans.put(f.getKey(), f.getValue().get());
                } catch (java.util.concurrent.ExecutionException e) {
                    plans.put(f.getKey(), AotCache.Plan.plain(SpringApp.byName(f.getKey()).orElseThrow().jar(config.home)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long training = plans.values().stream().filter(AotCache.Plan::training).count();
        long using = plans.values().stream().filter(p -> p.cache() != null && !p.training()).count();
        // (counts include Kafka and Mongo)
        progress.line("aot cache", training > 0 ? "training" : "using",
                using + " cached, " + training + " trained on this run" + (training > 0
                        ? " (written when the suite stops; the next start is faster)" : "") + " — " + config.aotDir);
    }

    private void startSpring(SpringApp app) throws IOException {
        int port = ports.get(app.name());
        AotCache.Plan plan = plans.get(app.name());
        List<String> cmd = new ArrayList<>();
        cmd.add(config.jdk.java().toString());
        cmd.addAll(config.springJvmFlags);
        cmd.addAll(plan.jvmFlags());
        cmd.add("-jar");
        cmd.add(plan.jar().toString());
        launch(app.name(), cmd, springEnv(app, port), port, "port " + port);
    }

    /** The environment of a Spring process of the suite: its port, the infrastructure, the issuer, its own settings. */
    Map<String, String> springEnv(SpringApp app, int port) throws IOException {
        Map<String, String> env = new LinkedHashMap<String, String>();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("DP_MONGODB_URI", mongoUri());
        // mongo-java-server uses an index only when a query names exactly its fields: add the (_id, version) index
        // the platform's versioned updates need (AggregateStore), else every update scans its collection
        env.put("DP_STORE_EXACT_MATCH_INDEXES", "true");
        env.put("DP_KAFKA_BOOTSTRAP", kafkaBootstrap());
        env.put("DP_EUREKA_URL", eurekaUrl() + "/eureka/");
        env.put("DP_INSTANCE_HOST", "localhost");
        env.put("DP_OIDC_ISSUER_URI", issuerUrl());
        if (app == SpringApp.DEV_ISSUER) {
            env.put("DP_DEV_TOKENS", "true");
            env.put("DP_ISSUER_KEY_FILE", config.dataDir.resolve("dev-issuer-key.json").toString());
            // the client exchange-service calls other services with (role SERVICE): the same secret on both sides
            env.put("DP_EXCHANGE_CLIENT_SECRET", exchangeClientSecret());
        }
        if (app.name().equals("exchange-service")) {
            // its own identity (platform ServiceIdentity) for fetching hazard and inspection photos: client credentials
            // at the development issuer (DP_OIDC_ISSUER_URI, discovered on first use)
            env.put("DP_IDENTITY_CLIENT_ID", EXCHANGE_CLIENT);
            env.put("DP_IDENTITY_CLIENT_SECRET", exchangeClientSecret());
            // receivers' secrets are sealed under a master key of this data directory; the secret set "sandbox" is the
            // demo account of the sandbox receiver (deploy/sandbox-receiver), for an http-batch receiver made with curl
            env.put("DP_EXCHANGE_MASTER_KEY", exchangeMasterKey());
            env.put("DP_EXCHANGE_SECRETS_SANDBOX_USER", "demo");
            env.put("DP_EXCHANGE_SECRETS_SANDBOX_PASSWORD", "demo-secret");
            env.put("DP_EXCHANGE_SECRETS_SANDBOX_AESKEY", "DpSandboxKey0001");
            env.put("DP_EXCHANGE_SECRETS_SANDBOX_AESIV", "DpSandboxIv00001");
            env.putAll(demoReceiverEnv());
        }
        if (clockFile != null) {
            env.put("DP_CLOCK_FILE", clockFile.toString());
        }
        env.putAll(config.extraEnv);
        return env;
    }

    /**
     * The configured receiver {@code sandbox} of exchange-service (its README, "Receivers from configuration"): the
     * demo group's first enterprise, by company code, delivered to the sandbox hub's default profile with its demo
     * account. Empty when not asked for,
     * without a demo file or without a sandbox process.
     */
    Map<String, String> demoReceiverEnv() throws IOException {
        Integer sandboxPort = ports.asMap().get("sandbox-receiver");
        if (!config.demoReceiver || sandboxPort == null || !Files.isRegularFile(config.demoFile)) {
            return Map.of();
        }
        List<String> codes = DemoLoader.companyCodes(config.demoFile);
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DP_EXCHANGE_RECEIVERS_SANDBOX_NAME", "省级平台（本地沙箱）");
        env.put("DP_EXCHANGE_RECEIVERS_SANDBOX_PROFILE", "http-batch");
        env.put("DP_EXCHANGE_RECEIVERS_SANDBOX_BASEURL", "http://localhost:" + sandboxPort + "/default");
        // the sandbox's demo account belongs to one enterprise (one enterprise = one account, like a real hub):
        // the demo group's first enterprise is "the demo enterprise" delivered there
        env.put("DP_EXCHANGE_RECEIVERS_SANDBOX_ENTERPRISECODES", codes.get(0));
        env.put("DP_EXCHANGE_RECEIVERS_SANDBOX_CREDENTIALS", "sandbox");
        env.put("DP_EXCHANGE_RECEIVERS_SANDBOX_INTEGERCHECKCYCLE", "true");
        return env;
    }

    /** A random AES-256 key kept in the data directory (created on first start), base64. */
    private String exchangeMasterKey() throws IOException {
        return keptSecret(config.dataDir.resolve("exchange-master-key"), java.util.Base64.getEncoder());
    }

    /** exchange-service's OAuth2 client at the development issuer (its application.yml, {@code dp.dev-issuer.machines}). */
    static final String EXCHANGE_CLIENT = "dp-exchange-service";

    /** The secret of {@link #EXCHANGE_CLIENT}: random, kept in the data directory, given to the issuer and to exchange-service. */
    private String exchangeClientSecret() throws IOException {
        return keptSecret(config.dataDir.resolve("exchange-client-secret"), java.util.Base64.getUrlEncoder().withoutPadding());
    }

    /**
     * 32 random bytes, encoded, kept in that file (owner-only where the file system allows): made on the first call,
     * the same on every later one, so that a restarted suite keeps its keys and secrets.
     */
    static String keptSecret(Path file, java.util.Base64.Encoder encoding) throws IOException {
        if (!Files.isRegularFile(file)) {
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, encoding.encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the data directory's permissions
            }
        }
        return Files.readString(file).trim();
    }

    private void launch(String name, List<String> cmd, Map<String, String> env, int port, String detail)
            throws IOException {
        launches.put(name, new Launch(List.copyOf(cmd), Map.copyOf(env), port, detail));
        if (stopping) {
            throw new SuiteException("stopped while starting");
        }
        ManagedProcess p = ManagedProcess.start(name, cmd, env, logFile(name), config.dataDir, port);
        synchronized (processes) {
            processes.put(name, p);
        }
        writePidFile(true);
        progress.line(name, "starting", detail + ", pid " + p.pid());
    }

    private void awaitHealthy(List<String> names, KafkaBroker kafka) throws InterruptedException {
        long deadline = System.nanoTime() + config.startupTimeout.toNanos();
        Map<String, Boolean> healthy = new LinkedHashMap<>();
        names.forEach(n -> healthy.put(n, isMarkedHealthy(n)));
        long nextKafkaProbe = 0;
        while (healthy.containsValue(false)) {
            if (stopping) {
                throw new SuiteException("stopped while starting");
            }
            for (String name : names) {
                ManagedProcess p = processes.get(name);
                if (!p.isAlive() && !restartWithoutUnusableCache(p)) {
                    failDied(p);
                }
            }
            Set<String> registered = Set.of();
            if (isMarkedHealthy(SpringApp.REGISTRY.name())) {
                registered = Probes.eurekaAppsUp(ports.get(SpringApp.REGISTRY.name()));
            }
            for (String name : names) {
                if (healthy.get(name)) {
                    continue;
                }
                boolean ok;
                String detail = "";
                if (name.equals(MONGO)) {
                    ok = Probes.portOpen(ports.get(MONGO));
                } else if (name.equals(KAFKA)) {
                    ok = false;
                    if (System.nanoTime() >= nextKafkaProbe && Probes.portOpen(ports.get(KAFKA))) {
                        ok = KafkaBroker.isReady(kafka.bootstrap());
                        nextKafkaProbe = System.nanoTime() + 500_000_000L;
                    }
                } else {
                    SpringApp app = SpringApp.byName(name).orElseThrow();
                    ok = Probes.healthUp(ports.get(name)) && (!app.registers() || registered.contains(app.eurekaApp()));
                    detail = app.registers() ? "health UP, registered in Eureka" : "health UP";
                }
                if (ok) {
                    healthy.put(name, true);
                    markHealthy(name);
                    progress.line(name, "healthy", detail);
                }
            }
            if (!healthy.containsValue(false)) {
                break;
            }
            if (System.nanoTime() > deadline) {
                failTimeout(healthy, registered);
            }
            Thread.sleep(250);
        }
    }

    /**
     * The gateway learns new instances from the registry a few seconds after they registered: waits until it
     * routes to every service ({@code /v3/api-docs/<service>} answers anything but 502/503/504). Only warns when
     * it does not within the timeout. (The registry fetch interval of the gateway is a few seconds.)
     */
    private void awaitGatewayRoutes(Duration timeout) throws InterruptedException {
        List<String> waiting = new ArrayList<>(SpringApp.ALL.stream()
                .filter(a -> a != SpringApp.REGISTRY && a != SpringApp.GATEWAY && a.registers())
                .map(SpringApp::name).toList());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < deadline && !stopping) {
            waiting.removeIf(service -> Probes.gatewayRoutes(ports.get(SpringApp.GATEWAY.name()), service));
            if (!waiting.isEmpty()) {
                // Gently: each refused probe counts as a failure in the route's circuit breaker.
                Thread.sleep(1500);
            }
        }
        if (waiting.isEmpty()) {
            progress.line(SpringApp.GATEWAY.name(), "routing", "to every service");
        } else {
            progress.line(SpringApp.GATEWAY.name(), "warning", "no route yet to " + waiting);
        }
    }

    private boolean isMarkedHealthy(String name) {
        return healthyNames.contains(name);
    }

    private void markHealthy(String name) {
        healthyNames.add(name);
    }

    /**
     * A JVM may refuse an AOT cache and exit ("Unable to use AOT cache", e.g. after DP_JVM_OPTS changed the heap
     * or the GC). Then the cache is deleted and the process started once more, training a new one.
     */
    private boolean restartWithoutUnusableCache(ManagedProcess p) {
        AotCache.Plan plan = plans.get(p.name());
        Launch launch = launches.get(p.name());
        if (plan == null || launch == null || plan.cache() == null || plan.training()
                || !p.logSinceStart().contains("[aot]")) {
            return false;
        }
        try {
            java.nio.file.Files.deleteIfExists(plan.cache());
            String use = "-XX:AOTCache=" + plan.cache();
            String train = "-XX:AOTCacheOutput=" + plan.cache();
            List<String> cmd = launch.cmd().stream().map(a -> a.equals(use) ? train : a).toList();
            plans.put(p.name(), new AotCache.Plan(plan.jar(), List.of(train), plan.cache(), true));
            progress.line(p.name(), "note", "the JVM could not use its AOT cache (see its log); starting it again"
                    + " and training a new one");
            launch(p.name(), cmd, launch.env(), launch.port(), launch.detail());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void failDied(ManagedProcess p) {
        int code = p.exitCode();
        progress.line(p.name(), "FAILED", "exited during start-up" + (code >= 0 ? " with code " + code : ""));
        progress.text("---- last lines of " + p.log() + " ----\n" + p.tail(40) + "\n----");
        throw new SuiteException(p.name() + " exited during start-up" + (code >= 0 ? " (exit code " + code + ")" : "")
                + "; its log: " + p.log());
    }

    private void failTimeout(Map<String, Boolean> healthy, Set<String> registered) {
        List<String> waiting = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : healthy.entrySet()) {
            if (e.getValue()) {
                continue;
            }
            ManagedProcess p = processes.get(e.getKey());
            String why = SpringApp.byName(e.getKey())
                    .map(app -> "health " + Probes.healthStatus(ports.get(app.name()))
                            + (app.registers() ? ", registered " + registered.contains(app.eurekaApp()) : ""))
                    .orElse("not ready");
            progress.line(e.getKey(), "TIMEOUT", why);
            progress.text("---- last lines of " + p.log() + " ----\n" + p.tail(15) + "\n----");
            waiting.add(e.getKey());
        }
        throw new SuiteException("not healthy after " + config.startupTimeout.toSeconds() + " s: " + waiting);
    }

    private void forgetRejectedCaches() {
        for (Map.Entry<String, AotCache.Plan> e : plans.entrySet()) {
            ManagedProcess p = processes.get(e.getKey());
            if (p != null && AotCache.forgetIfRejected(e.getValue(), p.logSinceStart())) {
                progress.line(e.getKey(), "note", "the JVM did not accept its AOT cache; it is trained again next time");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- stop

    /** Stops everything in order: gateway and services, registry, Kafka, Mongo. Idempotent. */
    public void stop() {
        synchronized (this) {
            if (stopped || stopping) {
                return;
            }
            stopping = true;
        }
        try {
            if (Thread.currentThread() != shutdownHook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException | IllegalArgumentException ignored) {
                    // already shutting down / not registered
                }
            }
            List<ManagedProcess> all;
            synchronized (processes) {
                all = new ArrayList<>(processes.values());
            }
            if (all.stream().noneMatch(ManagedProcess::isAlive)) {
                return;
            }
            boolean training = plans.values().stream().anyMatch(AotCache.Plan::training);
            progress.text("Stopping the suite" + (training ? " (the Spring processes write their AOT caches on exit;"
                    + " this takes a little longer the first time)" : ""));
            stopGroup(all, training ? Duration.ofSeconds(240) : Duration.ofSeconds(60),
                    SpringApp.ALL.stream().filter(a -> a != SpringApp.REGISTRY).map(SpringApp::name).toList());
            stopGroup(all, training ? Duration.ofSeconds(240) : Duration.ofSeconds(60), List.of(SpringApp.REGISTRY.name()));
            stopGroup(all, Duration.ofSeconds(60), List.of(KAFKA));
            stopGroup(all, Duration.ofSeconds(60), List.of(MONGO));
            progress.text("Stopped.");
        } finally {
            pidFile.delete();
            stopped = true;
        }
    }

    static void stopGroup(List<ManagedProcess> all, Duration timeout, List<String> names, Progress progress) {
        List<ManagedProcess> group = all.stream().filter(p -> names.contains(p.name()) && p.isAlive()).toList();
        long start = System.nanoTime();
        group.forEach(ManagedProcess::requestStop);
        for (ManagedProcess p : group) {
            long left = timeout.toNanos() - (System.nanoTime() - start);
            if (!p.awaitExit(Duration.ofNanos(Math.max(left, 1)))) {
                if (progress != null) {
                    progress.line(p.name(), "killed", "did not stop within " + timeout.toSeconds() + " s");
                }
                p.kill();
                p.awaitExit(Duration.ofSeconds(10));
            } else if (progress != null) {
                progress.line(p.name(), "stopped", String.format("in %.1f s", (System.nanoTime() - start) / 1e9));
            }
        }
    }

    private void stopGroup(List<ManagedProcess> all, Duration timeout, List<String> names) {
        stopGroup(all, timeout, names, progress);
    }

    @Override
    public void close() {
        stop();
    }

    /** Keeps the processes running when this JVM exits (for {@code run --detach}). */
    public void detach() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException ignored) {
            // not registered
        }
        writePidFile(false);
    }

    void writePidFile(boolean withLauncher) {
        List<PidFile.Entry> entries = new ArrayList<>();
        if (withLauncher && config.stopOnJvmExit) {
            entries.add(PidFile.Entry.of(PidFile.LAUNCHER, ProcessHandle.current(), 0, null));
        }
        synchronized (processes) {
            for (ManagedProcess p : processes.values()) {
                entries.add(PidFile.Entry.of(p.name(), p.handle(), p.port(), p.log()));
            }
        }
        try {
            pidFile.write(entries);
        } catch (IOException e) {
            progress.text("warning: cannot write " + pidFile.path() + ": " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------- state

    /** Every process alive, every Spring process' health UP. */
    public boolean isHealthy() {
        if (stopping || stopped) {
            return false;
        }
        for (ManagedProcess p : processes.values()) {
            if (!p.isAlive()) {
                return false;
            }
            if (SpringApp.byName(p.name()).isPresent() && !Probes.healthUp(p.port())) {
                return false;
            }
        }
        return Probes.portOpen(ports.get(MONGO)) && Probes.portOpen(ports.get(KAFKA));
    }

    /** The processes that exited although nobody stopped them. */
    public List<ManagedProcess> deadProcesses() {
        if (stopping) {
            return List.of();
        }
        return processes.values().stream().filter(p -> !p.isAlive()).toList();
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.get(SpringApp.GATEWAY.name());
    }

    public String eurekaUrl() {
        return "http://localhost:" + ports.get(SpringApp.REGISTRY.name());
    }

    public String serviceUrl(String name) {
        return "http://localhost:" + ports.get(name);
    }

    public String kafkaBootstrap() {
        return "localhost:" + ports.get(KAFKA);
    }

    public String mongoUri() {
        return "mongodb://localhost:" + ports.get(MONGO);
    }

    public Ports ports() {
        return ports;
    }

    public Path dataDir() {
        return config.dataDir;
    }

    public Path logDir() {
        return config.dataDir.resolve("logs");
    }

    public Path logFile(String name) {
        return logDir().resolve(name + ".log");
    }

    /** Seconds from the start to every process healthy (before the demo data); -1 while starting. */
    public double secondsToHealthy() {
        return secondsToHealthy;
    }

    public int demoRequestsLoaded() {
        return demoRequests;
    }

    public List<ManagedProcess> processes() {
        synchronized (processes) {
            return List.copyOf(processes.values());
        }
    }

    /** Whether some Spring processes train their AOT cache on this run. */
    public boolean trainingAotCaches() {
        return plans.values().stream().anyMatch(AotCache.Plan::training);
    }

    /** The development token issuer ({@code DP_OIDC_ISSUER_URI} of every process). */
    public String issuerUrl() {
        return "http://localhost:" + ports.get(SpringApp.DEV_ISSUER.name());
    }

    /** The URLs and where things are, for the terminal. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%n  Gateway (API)       %s%n", gatewayUrl()));
        sb.append(String.format("  Swagger UI          %s/swagger-ui.html%n", gatewayUrl()));
        sb.append(String.format("  Eureka dashboard    %s%n", eurekaUrl()));
        sb.append(String.format("  Token issuer (dev)  %s  (demo users: wang.fang, zhao.min, zhao.lei, wang.qiang, zhang.wei,"
                + " jian.guan; password demo)%n", issuerUrl()));
        sb.append(String.format("  Get a token:        TOKEN=$(curl -s -H 'Accept: text/plain' -d user=zhao.min %s/dev/token)%n",
                issuerUrl()));
        sb.append(String.format("                      curl -H \"Authorization: Bearer $TOKEN\" %s/api/v1/enterprises%n", gatewayUrl()));
        sb.append(String.format("  Machine client:     curl -s -u dp-plant-system:plant-secret -d grant_type=client_credentials %s/oauth2/token%n",
                issuerUrl()));
        for (SpringApp app : SpringApp.ALL) {
            sb.append(String.format("  %-19s %s/actuator/prometheus%n", app.name(), serviceUrl(app.name())));
        }
        sb.append(String.format("  Kafka bootstrap     %s%n", kafkaBootstrap()));
        sb.append(String.format("  MongoDB             %s%n", mongoUri()));
        sb.append(String.format("  Logs                %s%n", logDir()));
        sb.append(String.format("  Data                %s%n", dataDir()));
        return sb.toString();
    }
}
