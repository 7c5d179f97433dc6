package cn.dualprevention.deploy.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * The local Kafka broker: one KRaft node in combined mode (broker + controller), run as its own process from
 * the launcher's lib directory. Everything lives under {@code <dataDir>/kafka}: {@code server.properties},
 * {@code cluster.id}, the log4j2 configuration and the log dirs ({@code logs/}).
 */
public final class KafkaBroker {

    static final String STARTED_LINE = "Kafka Server started";

    private final Path dir;
    private final int port;

    public KafkaBroker(Path kafkaDir, int port) {
        this.dir = kafkaDir.toAbsolutePath();
        this.port = port;
    }

    public Path dir() {
        return dir;
    }

    public Path logDirs() {
        return dir.resolve("logs");
    }

    public Path serverProperties() {
        return dir.resolve("server.properties");
    }

    public String bootstrap() {
        return "localhost:" + port;
    }

    /** The configuration is rewritten on every start (ports may change); the cluster id is kept. */
    public void writeConfig() throws IOException {
        Files.createDirectories(logDirs());
        int controller = port + 1;
        String props = String.join("\n",
                "# Written by the local launcher on every start; edit KafkaBroker.java instead.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=localhost:" + controller,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controller,
                "advertised.listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controller,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDirs().toString().replace('\\', '/'),
                "num.partitions=3",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=3",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "auto.create.topics.enable=true",
                "group.initial.rebalance.delay.ms=0",
                "num.network.threads=2",
                "num.io.threads=2",
                "num.recovery.threads.per.data.dir=1",
                "log.retention.hours=168",
                "log.segment.bytes=67108864",
                "");
        Files.writeString(serverProperties(), props, StandardCharsets.UTF_8);
        Files.writeString(log4jConfig(), String.join("\n",
                "status = warn",
                "appender.out.type = Console",
                "appender.out.name = OUT",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.out.ref = OUT",
                "logger.state.name = state.change.logger",
                "logger.state.level = WARN",
                "logger.request.name = kafka.request.logger",
                "logger.request.level = WARN",
                ""), StandardCharsets.UTF_8);
    }

    Path log4jConfig() {
        return dir.resolve("log4j2.properties");
    }

    /** The cluster id, created once and kept in {@code cluster.id}. */
    public String clusterId() throws IOException {
        Path file = dir.resolve("cluster.id");
        if (Files.exists(file)) {
            String id = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!id.isEmpty()) {
                return id;
            }
        }
        Files.createDirectories(dir);
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
        return id;
    }

    public boolean isFormatted() {
        return Files.exists(logDirs().resolve("meta.properties"));
    }

    /**
     * Formats the log dirs once: {@code kafka.tools.StorageTool format -t <id> -c server.properties --standalone}
     * (a dynamic KRaft quorum with this node as its only voter). A no-op when already formatted.
     *
     * @return true when it formatted
     */
    public boolean formatIfNeeded(Jdk jdk, String classpath, Path log) throws IOException, InterruptedException {
        if (isFormatted()) {
            return false;
        }
        List<String> cmd = new ArrayList<>(List.of(jdk.java().toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dlog4j2.configurationFile=" + log4jConfig(), "-cp", classpath,
                "kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", serverProperties().toString(),
                "--standalone"));
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("formatting the Kafka storage timed out; see " + log);
        }
        if (p.exitValue() != 0 || !isFormatted()) {
            throw new IOException("formatting the Kafka storage failed (exit " + p.exitValue() + "):\n"
                    + ManagedProcess.tail(log, 20));
        }
        return true;
    }

    /** The broker's command line: {@code java <flags> -cp <lib/*> kafka.Kafka server.properties}. */
    public List<String> command(Jdk jdk, String classpath, List<String> extraJvmFlags) {
        List<String> cmd = new ArrayList<>();
        cmd.add(jdk.java().toString());
        cmd.add("-Xmx512m");
        cmd.add("-Xms64m");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xss512k");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dlog4j2.configurationFile=" + log4jConfig());
        // Keep logging while Kafka's own shutdown hook runs (log4j's hook would stop it first).
        cmd.add("-Dlog4j2.shutdownHookEnabled=false");
        cmd.add("-Dkafka.logs.dir=" + dir.resolve("server-logs"));
        cmd.addAll(extraJvmFlags);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add("kafka.Kafka");
        cmd.add(serverProperties().toString());
        return cmd;
    }

    /** Ready when an AdminClient's {@code describeCluster} answers with at least one node. */
    public static boolean isReady(String bootstrap) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1500,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200,
                AdminClientConfig.CLIENT_ID_CONFIG, "dp-local-launcher");
        try (Admin admin = Admin.create(config)) {
            return !admin.describeCluster().nodes().get(2500, TimeUnit.MILLISECONDS).isEmpty();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }
}
