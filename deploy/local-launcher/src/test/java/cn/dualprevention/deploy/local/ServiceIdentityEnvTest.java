package cn.dualprevention.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * exchange-service gets its own identity at the development issuer: the client id and a secret the issuer gets too,
 * random per data directory and kept across restarts; no other service gets a client.
 */
class ServiceIdentityEnvTest {

    @TempDir
    Path dir;

    @Test
    void exchangeServiceAndTheIssuerShareTheClientSecretOfTheDataDirectory() throws Exception {
        RunningSuite suite = suite();
        Map<String, String> issuer = suite.springEnv(SpringApp.DEV_ISSUER, 9000);
        Map<String, String> exchange = suite.springEnv(SpringApp.byName("exchange-service").orElseThrow(), 8085);
        Map<String, String> hazard = suite.springEnv(SpringApp.byName("hazard-service").orElseThrow(), 8083);

        String secret = issuer.get("DP_EXCHANGE_CLIENT_SECRET");
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(exchange).containsEntry("DP_IDENTITY_CLIENT_ID", "dp-exchange-service")
                .containsEntry("DP_IDENTITY_CLIENT_SECRET", secret)
                .containsEntry("DP_OIDC_ISSUER_URI", issuer.get("DP_OIDC_ISSUER_URI"));
        assertThat(hazard).doesNotContainKeys("DP_IDENTITY_CLIENT_ID", "DP_IDENTITY_CLIENT_SECRET", "DP_EXCHANGE_CLIENT_SECRET");
        assertThat(exchange).doesNotContainKey("DP_EXCHANGE_CLIENT_SECRET");

        assertThat(suite().springEnv(SpringApp.DEV_ISSUER, 9000)).as("kept across restarts")
                .containsEntry("DP_EXCHANGE_CLIENT_SECRET", secret);
        assertThat(dir.resolve("data/exchange-client-secret")).exists();
    }

    @Test
    void anotherDataDirectoryHasAnotherSecret() throws Exception {
        String first = RunningSuite.keptSecret(dir.resolve("a/secret"), java.util.Base64.getUrlEncoder().withoutPadding());
        String second = RunningSuite.keptSecret(dir.resolve("b/secret"), java.util.Base64.getUrlEncoder().withoutPadding());
        assertThat(first).isNotEqualTo(second);
        assertThat(RunningSuite.keptSecret(dir.resolve("a/secret"), java.util.Base64.getUrlEncoder())).isEqualTo(first);
    }

    private RunningSuite suite() {
        Path data = dir.resolve("data");
        LocalSuite config = LocalSuite.builder().home(dir).dataDir(data).ports(Ports.defaults())
                .output(new PrintStream(OutputStream.nullOutputStream())).stopOnJvmExit(false).childClasspath("none").config();
        return new RunningSuite(config, Ports.defaults(), new PidFile(data));
    }
}
