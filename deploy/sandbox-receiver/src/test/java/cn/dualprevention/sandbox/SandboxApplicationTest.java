package cn.dualprevention.sandbox;

import cn.dualprevention.sandbox.hub.domain.Account;
import cn.dualprevention.sandbox.hub.domain.Records;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The runnable app as local mode starts it: sandbox-receiver.yml's default profile, actuator health and metrics. */
class SandboxApplicationTest {

    @Test
    void starts_with_the_default_profile_and_reports_health() throws Exception {
        try (ConfigurableApplicationContext ctx = SandboxApplication.run(
                "--server.port=0", "--sandbox.profiles.default.max-batch-size=20")) {
            int port = ((ServletWebServerApplicationContext) ctx).getWebServer().getPort();
            HubClient client = new HubClient("http://localhost:" + port);
            assertThat(client.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
            assertThat(client.statusOrThrow("/actuator/prometheus")).isEqualTo(200);

            Account demo = new Account("demo", "demo-secret", "DpSandboxKey0001", "DpSandboxIv00001");
            HubClient.Response r = client.upload("default", "riskUnit", demo, List.of(Records.riskUnit(Records.newId())));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("data").get(0).get("action").asString()).isEqualTo("INSERTED");
            assertThat(client.get("/admin/profiles").json().get(0).get("maxBatchSize").asInt()).isEqualTo(20);
        }
    }
}
