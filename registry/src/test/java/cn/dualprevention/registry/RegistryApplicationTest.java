package cn.dualprevention.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Starts the registry on a random port and checks its Eureka REST API and actuator endpoints. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class RegistryApplicationTest {

    @Autowired
    private RestTestClient client;

    @Test
    void eurekaAppsAnswersJson() {
        client.get().uri("/eureka/apps").accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.applications").exists();
    }

    @Test
    void registeredInstanceIsListed() {
        String instance = """
                {"instance": {"instanceId": "localhost:demo-service:18099", "hostName": "localhost",
                  "app": "DEMO-SERVICE", "ipAddr": "127.0.0.1", "status": "UP", "vipAddress": "demo-service",
                  "port": {"$": 18099, "@enabled": "true"},
                  "dataCenterInfo": {"@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo", "name": "MyOwn"}}}
                """;
        client.post().uri("/eureka/apps/DEMO-SERVICE").contentType(MediaType.APPLICATION_JSON).body(instance)
                .exchange()
                .expectStatus().isNoContent();

        client.get().uri("/eureka/apps/DEMO-SERVICE").accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.application.instance[0].instanceId").isEqualTo("localhost:demo-service:18099")
                .jsonPath("$.application.instance[0].status").isEqualTo("UP");
    }

    @Test
    void healthAndProbesAreUp() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            client.get().uri(path)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
        }
    }

    @Test
    void prometheusIsExposed() {
        String body = client.get().uri("/actuator/prometheus")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseBody();

        assertThat(body).contains("jvm_memory_used_bytes");
    }
}
