package cn.dualprevention.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProbesTest {

    @Test
    void readsTheApplicationsWithAnInstanceUpFromEurekasJson() {
        String json = """
                {"applications": {"versions__delta": "1", "apps__hashcode": "UP_2_DOWN_1_",
                  "application": [
                    {"name": "GATEWAY", "instance": [{"instanceId": "gateway:localhost:8080", "status": "UP"}]},
                    {"name": "RISK-SERVICE", "instance": [
                        {"instanceId": "risk-service:localhost:8081", "status": "STARTING"},
                        {"instanceId": "risk-service:localhost:9081", "status": "UP"}]},
                    {"name": "HAZARD-SERVICE", "instance": {"instanceId": "hazard-service:localhost:8083", "status": "DOWN"}},
                    {"name": "exchange-service", "instance": {"instanceId": "x", "status": "UP"}}
                  ]}}
                """;
        assertThat(Probes.parseEurekaAppsUp(json)).containsExactlyInAnyOrder("GATEWAY", "RISK-SERVICE", "EXCHANGE-SERVICE");
        assertThat(Probes.parseEurekaAppsUp("""
                {"applications": {"application": {"name": "GATEWAY", "instance": {"status": "UP"}}}}
                """)).containsExactly("GATEWAY");
        assertThat(Probes.parseEurekaAppsUp("{\"applications\": {\"application\": []}}")).isEmpty();
    }
}
