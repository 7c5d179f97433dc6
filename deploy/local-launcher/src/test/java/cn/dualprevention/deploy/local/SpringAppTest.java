package cn.dualprevention.deploy.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SpringAppTest {

    @Test
    void theSandboxReceiverRunsFromItsExecJarOnPort8090WithoutEureka() {
        SpringApp sandbox = SpringApp.byName("sandbox-receiver").orElseThrow();
        Path home = Path.of("/home/dp");
        assertThat(sandbox.jar(home)).isEqualTo(
                home.resolve("deploy/sandbox-receiver/target/sandbox-receiver-0.1.0-SNAPSHOT-exec.jar"));
        assertThat(sandbox.defaultPort()).isEqualTo(8090);
        assertThat(sandbox.portEnv()).isEqualTo("DP_SANDBOX_PORT");
        assertThat(sandbox.registers()).isFalse();
        assertThat(Ports.defaults().get("sandbox-receiver")).isEqualTo(8090);
    }

    @Test
    void aServiceJarHasNoClassifier() {
        assertThat(SpringApp.byName("risk-service").orElseThrow().jar(Path.of("/h")))
                .isEqualTo(Path.of("/h/risk-service/target/risk-service-0.1.0-SNAPSHOT.jar"));
    }
}
