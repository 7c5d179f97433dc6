package cn.dualprevention.platform;

import cn.dualprevention.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ProblemDetailsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void malformedJsonIsA400NamingTheBody() throws Exception {
        HttpResponse<String> response = TestCaller.post(port, "/api/v1/parcels", "{\"name\": ", true);
        assertProblem(response, 400, "body", "malformed-json");
    }

    @Test
    void missingRequiredFieldIsA400NamingTheField() throws Exception {
        HttpResponse<String> response = TestCaller.post(port, "/api/v1/parcels",
                "{\"enterpriseId\":\"e1\",\"kind\":\"SMALL\"}", true);
        assertProblem(response, 400, "name", "not-blank");
    }

    @Test
    void unknownEnumCodeIsA400ListingTheAllowedCodes() throws Exception {
        HttpResponse<String> response = TestCaller.post(port, "/api/v1/parcels",
                "{\"enterpriseId\":\"e1\",\"name\":\"n\",\"kind\":\"HUGE\"}", true);
        JsonNode error = assertProblem(response, 400, "kind", "enum");
        assertThat(error.get("message").asString()).contains("SMALL").contains("LARGE");
    }

    @Test
    void unknownFieldIsA400NotSilentlyDropped() throws Exception {
        HttpResponse<String> response = TestCaller.post(port, "/api/v1/parcels",
                "{\"enterpriseId\":\"e1\",\"name\":\"n\",\"kind\":\"SMALL\",\"colour\":\"red\"}", true);
        assertProblem(response, 400, "colour", "unknown-field");
    }

    @Test
    void unknownIdIsA404Problem() throws Exception {
        HttpResponse<String> response = TestCaller.get(port, "/api/v1/parcels/nope");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aRequestWithoutIdentityIsRefused() throws Exception {
        HttpResponse<String> response = TestCaller.post(port, "/api/v1/parcels",
                "{\"enterpriseId\":\"e1\",\"name\":\"n\",\"kind\":\"SMALL\"}", false);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
    }

    @Test
    void everyResponseCarriesARequestId() throws Exception {
        HttpResponse<String> response = TestCaller.get(port, "/api/v1/parcels/nope");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String field, String rule) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        JsonNode error = body.get("errors").get(0);
        assertThat(error.get("field").asString()).as(response.body()).isEqualTo(field);
        assertThat(error.get("rule").asString()).as(response.body()).isEqualTo(rule);
        return error;
    }
}
