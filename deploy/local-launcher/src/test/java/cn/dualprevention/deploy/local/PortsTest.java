package cn.dualprevention.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsFollowTheArchitecturePageAndTheEnvironmentOverridesThem() {
        Ports d = Ports.defaults();
        assertThat(d.get("gateway")).isEqualTo(8080);
        assertThat(d.get("registry")).isEqualTo(8761);
        assertThat(d.get("risk-service")).isEqualTo(8081);
        assertThat(d.get("exchange-service")).isEqualTo(8085);
        assertThat(d.get(Ports.KAFKA)).isEqualTo(9092);
        assertThat(d.kafkaController()).isEqualTo(9093);
        assertThat(d.get(Ports.MONGO)).isEqualTo(27017);

        Ports env = Ports.fromEnv(Map.of("DP_GATEWAY_PORT", "18080", "DP_HAZARD_PORT", "18083", "DP_KAFKA_PORT", "19092",
                "DP_MONGO_PORT", "27117"));
        assertThat(env.get("gateway")).isEqualTo(18080);
        assertThat(env.get("hazard-service")).isEqualTo(18083);
        assertThat(env.get("risk-service")).isEqualTo(8081);
        assertThat(env.get(Ports.KAFKA)).isEqualTo(19092);
        assertThat(env.get(Ports.MONGO)).isEqualTo(27117);
        assertThatThrownBy(() -> Ports.fromEnv(Map.of("DP_RISK_PORT", "eighty"))).hasMessageContaining("DP_RISK_PORT");
    }

    @Test
    void zeroPicksDistinctFreePortsWithAFreeControllerPortForKafka() {
        Ports p = Ports.allFree().resolve();
        assertThat(new HashSet<>(p.asMap().values())).hasSize(p.asMap().size()).doesNotContain(0);
        assertThat(p.asMap().values()).doesNotContain(p.kafkaController());
        assertThat(Ports.isFree(p.kafkaController())).isTrue();
    }

    @Test
    void refusesToStartWhenAPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            assertThat(Ports.isFree(port)).isFalse();
            Ports ports = Ports.allFree().with("gateway", port).resolve();
            assertThatThrownBy(() -> LocalSuite.checkPorts(ports))
                    .isInstanceOf(SuiteException.class)
                    .hasMessageContaining("port " + port + " (gateway) is already in use");
        }
    }

    @Test
    void refusesAKafkaControllerPortThatIsTakenAndPortsGivenTwice() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            Ports kafka = Ports.allFree().with(Ports.KAFKA, port - 1).resolve();
            assertThatThrownBy(() -> LocalSuite.checkPorts(kafka)).hasMessageContaining("kafka controller");
        }
        int free = Ports.freePort();
        Ports twice = Ports.allFree().with("risk-service", free).with("hazard-service", free).resolve();
        assertThatThrownBy(() -> LocalSuite.checkPorts(twice))
                .hasMessageContaining("given to both risk-service and hazard-service");
    }

    @Test
    void theSuiteRefusesBeforeStartingAnything() throws Exception {
        Path home = fakeHomeWithJars();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> LocalSuite.builder().home(home).dataDir(dir.resolve("data"))
                    .ports(Ports.allFree().with(Ports.MONGO, port)).aot(AotCache.Mode.OFF)
                    .output(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).start())
                    .isInstanceOf(SuiteException.class)
                    .hasMessageContaining("(mongo) is already in use");
        }
        assertThat(dir.resolve("data/logs/mongo.log")).doesNotExist();
        assertThat(dir.resolve("data/suite.pid")).doesNotExist();
    }

    @Test
    void aMissingJarIsNamedWithTheBuildCommand() {
        assertThatThrownBy(() -> LocalSuite.builder().home(dir).dataDir(dir.resolve("data")).start())
                .isInstanceOf(SuiteException.class)
                .hasMessageContaining("risk-service/target/risk-service-0.1.0-SNAPSHOT.jar".replace('/', java.io.File.separatorChar))
                .hasMessageContaining("./mvnw -q -DskipTests install");
    }

    private Path fakeHomeWithJars() throws Exception {
        Path home = dir.resolve("home");
        for (SpringApp app : SpringApp.ALL) {
            Files.createDirectories(app.jar(home).getParent());
            Files.writeString(app.jar(home), "not really a jar");
        }
        return home;
    }
}
