package cn.dualprevention.sandbox;

import cn.dualprevention.sandbox.hub.domain.Account;
import cn.dualprevention.sandbox.hub.domain.ReceiverProfile;
import cn.dualprevention.sandbox.hub.domain.Records;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In-process start inside another module's tests: only the web stack, whatever else the host's classpath holds (here
 * actuator and Prometheus stand for the host's MongoDB, Kafka, Eureka, ...). Two sandboxes in one JVM; the bound on
 * held records.
 */
class EmbeddedIsolationTest {

    @Test
    void only_the_web_stack_and_two_sandboxes_side_by_side() {
        Account a = new Account("a", "pw", "0123456789abcdef", "fedcba9876543210");
        try (SandboxReceiver one = SandboxReceiver.start(SandboxSettings.of(ReceiverProfile.named("one").account(a).build()));
             SandboxReceiver two = SandboxReceiver.start(SandboxSettings.of(ReceiverProfile.named("two").account(a).build())
                     .maxRecords(2))) {
            List<String> classes = Arrays.stream(one.context().getBeanDefinitionNames())
                    .map(n -> one.context().getType(n)).filter(java.util.Objects::nonNull).map(Class::getName).toList();
            assertThat(classes).noneMatch(c -> c.contains(".actuate.") || c.contains("prometheus")
                    || c.contains("Mongo") || c.contains("Kafka") || c.contains("eureka"));
            assertThat(one.port()).isNotEqualTo(two.port());

            HubClient c1 = new HubClient(one.baseUrl());
            HubClient c2 = new HubClient(two.baseUrl());
            assertThat(c1.upload("one", "riskUnit", a, List.of(Records.riskUnit(Records.newId()))).status()).isEqualTo(200);
            assertThat(c2.upload("one", "riskUnit", a, List.of(Records.riskUnit(Records.newId()))).status()).isEqualTo(404);
            assertThat(one.records().countHeld("one", null, null)).isEqualTo(1);
            assertThat(two.records().countHeld(null, null, null)).isZero();
            HubClient.Response full = c2.upload("two", "riskUnit", a, List.of(Records.riskUnit(Records.newId()),
                    Records.riskUnit(Records.newId()), Records.riskUnit(Records.newId())));
            assertThat(full.status()).isEqualTo(507);
            assertThat(full.error()).isEqualTo("SANDBOX_FULL");
            assertThat(c2.upload("two", "riskUnit", a, List.of(Records.riskUnit(Records.newId()),
                    Records.riskUnit(Records.newId()))).status()).isEqualTo(200);
            assertThat(c1.get("/actuator/health").status()).isIn(404, 405);
        }
    }
}
