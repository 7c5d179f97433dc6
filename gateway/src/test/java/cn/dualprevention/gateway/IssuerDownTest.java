package cn.dualprevention.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A token that cannot be checked because the issuer is unreachable is 503 problem+json, never 401 or 500. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
@AutoConfigureWebTestClient
class IssuerDownTest {

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("dp.identity.issuer-uri", () -> "http://127.0.0.1:" + StubBackend.closedPort());
    }

    @Autowired
    private WebTestClient client;

    @Test
    void anUnreachableIssuerIs503() {
        client.get().uri("/api/v1/risk-units").header("Authorization", "Bearer " + TestIssuer.token("u-1"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(503);
        client.get().uri("/api/v1/risk-units").exchange().expectStatus().isUnauthorized();
    }
}
