package cn.dualprevention.platform;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ProblemDetailsTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void caller() {
        api = ApiClient.as("http://localhost:" + port, "tester", "g1");
    }

    @Test
    void malformedJsonIsA400NamingTheBody() {
        assertProblem(api.post("/api/v1/parcels", "{\"name\": "), 400, "body/malformed-json");
    }

    @Test
    void missingRequiredFieldIsA400NamingTheField() {
        assertProblem(api.post("/api/v1/parcels", "{\"enterpriseId\":\"e1\",\"kind\":\"SMALL\"}"), 400, "name/not-blank");
    }

    @Test
    void unknownEnumCodeIsA400ListingTheAllowedCodes() {
        ApiClient.Response response = api.post("/api/v1/parcels", "{\"enterpriseId\":\"e1\",\"name\":\"n\",\"kind\":\"HUGE\"}");
        assertProblem(response, 400, "kind/enum");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("SMALL").contains("LARGE");
    }

    @Test
    void aNumberForAnEnumCodeIsA400() {
        assertProblem(api.post("/api/v1/parcels", "{\"enterpriseId\":\"e1\",\"name\":\"n\",\"kind\":1}"), 400, "kind/enum");
    }

    @Test
    void unknownFieldIsA400NotSilentlyDropped() {
        assertProblem(api.post("/api/v1/parcels", "{\"enterpriseId\":\"e1\",\"name\":\"n\",\"kind\":\"SMALL\",\"colour\":\"red\"}"),
                400, "colour/unknown-field");
    }

    @Test
    void unknownIdIsA404Problem() {
        ApiClient.Response response = api.get("/api/v1/parcels/nope");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aRequestWithoutIdentityIsRefused() {
        ApiClient.Response response = ApiClient.anonymous("http://localhost:" + port)
                .post("/api/v1/parcels", "{\"enterpriseId\":\"e1\",\"name\":\"n\",\"kind\":\"SMALL\"}");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void everyResponseCarriesARequestId() {
        assertThat(api.get("/api/v1/parcels/nope").requestId()).isNotBlank();
    }

    private static void assertProblem(ApiClient.Response response, int status, String fieldAndRule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.firstError()).as(response.body()).isEqualTo(fieldAndRule);
    }
}
