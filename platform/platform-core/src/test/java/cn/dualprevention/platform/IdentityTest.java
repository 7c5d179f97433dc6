package cn.dualprevention.platform;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class IdentityTest {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    cn.dualprevention.platform.identity.ServiceIdentity serviceIdentity;
    @org.springframework.beans.factory.annotation.Autowired
    cn.dualprevention.platform.identity.ServiceTokenInterceptor serviceTokens;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void theCallerComesFromTheTokenClaims() {
        String token = TestTokens.token(claims -> claims.subject("li.na").claim("name", "李娜").claim("group", "g1")
                .claim("enterprises", List.of("e1", "e2")).claim("roles", List.of("INSPECTOR", "GUARANTOR")));
        JsonNode me = ApiClient.withToken(base(), token).get("/api/v1/whoami").json();
        assertThat(me.get("user").asString()).isEqualTo("li.na");
        assertThat(me.get("name").asString()).isEqualTo("李娜");
        assertThat(me.get("group").asString()).isEqualTo("g1");
        assertThat(me.get("all").asBoolean()).isFalse();
        assertThat(me.get("enterprises").toString()).isEqualTo("[\"e1\",\"e2\"]");
        assertThat(me.get("roles").toString()).isEqualTo("[\"GUARANTOR\",\"INSPECTOR\"]");
    }

    @Test
    void starStandsForEveryEnterpriseOfTheGroup() {
        JsonNode me = ApiClient.as(base(), "wang.fang", "g1").get("/api/v1/whoami").json();
        assertThat(me.get("all").asBoolean()).isTrue();
    }

    @Test
    void withoutATokenEveryApiPathIs401Problem() {
        ApiClient anonymous = ApiClient.anonymous(base());
        for (ApiClient.Response response : List.of(anonymous.get("/api/v1/whoami"), anonymous.get("/api/v1/no-such-thing"),
                anonymous.post("/api/v1/notes", "{}"), anonymous.delete("/api/v1/parcels/x"))) {
            assertUnauthenticated(response);
        }
    }

    @Test
    void identityHeadersAreNotTrusted() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/api/v1/whoami"))
                .header("X-DP-User", "mallory").header("X-DP-Group", "g1").header("X-DP-Enterprises", "*").GET().build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIs401() {
        assertUnauthenticated(ApiClient.withToken(base(), TestTokens.expired("li.na", "g1")).get("/api/v1/whoami"));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        assertUnauthenticated(ApiClient.withToken(base(), TestTokens.signedByAnotherKey("li.na", "g1")).get("/api/v1/whoami"));
    }

    @Test
    void aTokenOfAnotherIssuerOrAudienceIs401() {
        String otherIssuer = TestTokens.token(c -> c.issuer("https://elsewhere.example").subject("li.na").claim("group", "g1"));
        String otherAudience = TestTokens.token(c -> c.audience(List.of("another-api")).subject("li.na").claim("group", "g1"));
        assertUnauthenticated(ApiClient.withToken(base(), otherIssuer).get("/api/v1/whoami"));
        assertUnauthenticated(ApiClient.withToken(base(), otherAudience).get("/api/v1/whoami"));
    }

    @Test
    void aTokenWithoutGroupIs401NamingTheClaim() {
        ApiClient.Response response = ApiClient.withToken(base(), TestTokens.token(c -> c.subject("li.na"))).get("/api/v1/whoami");
        assertUnauthenticated(response);
        assertThat(response.json().get("detail").asString()).contains("'group'");
    }

    @Test
    void garbageIsNotAToken() {
        assertUnauthenticated(ApiClient.withToken(base(), "not.a.jwt").get("/api/v1/whoami"));
    }

    @Test
    void aRegulatorViewerReadsButNeverWrites() {
        ApiClient regulator = ApiClient.as(base(), "jian.guan", "g1", "e1").withRoles("REGULATOR_VIEWER");
        assertThat(regulator.get("/api/v1/whoami").status()).isEqualTo(200);
        assertThat(regulator.get("/api/v1/calibrations").status()).isEqualTo(200);
        ApiClient.Response write = regulator.post("/api/v1/notes", "{}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.isProblem()).isTrue();
        assertThat(regulator.delete("/api/v1/parcels/x").status()).isEqualTo(403);
        // even with a second role the viewer stays read-only
        assertThat(ApiClient.as(base(), "jian.guan", "g1").withRoles("REGULATOR_VIEWER", "GROUP_ADMIN")
                .post("/api/v1/calibrations", "{}").status()).isEqualTo(403);
    }

    @Test
    void allowedRolesLimitsAnEndpoint() {
        ApiClient inspector = ApiClient.as(base(), "wang.qiang", "g1").withRoles("INSPECTOR");
        ApiClient manager = ApiClient.as(base(), "zhao.min", "g1").withRoles("SAFETY_MANAGER");
        ApiClient.Response refused = inspector.post("/api/v1/calibrations", "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asString()).contains("SAFETY_MANAGER");
        assertThat(inspector.get("/api/v1/calibrations").status()).isEqualTo(403);
        assertThat(manager.post("/api/v1/calibrations", "{}").status()).isEqualTo(200);
        assertThat(inspector.post("/api/v1/notes", "{}").status()).as("default policy").isEqualTo(200);
    }

    @Test
    void aServiceReachesOnlyEndpointsNamingServiceButThereEveryGroup() {
        ApiClient manager = ApiClient.as(base(), "li.na", "g-" + java.util.UUID.randomUUID(), "e1").withRoles("SAFETY_MANAGER");
        String defect = manager.post("/api/v1/defects", "{\"enterpriseId\":\"e1\",\"title\":\"罐区围堰破损\",\"level\":\"GENERAL\"}")
                .json().get("id").asString();
        ApiClient service = ApiClient.asService(base(), "dp-exchange-service");

        ApiClient.Response read = service.get("/api/v1/defects/" + defect);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("id").asString()).isEqualTo(defect);

        for (ApiClient.Response refused : List.of(service.get("/api/v1/whoami"), service.post("/api/v1/notes", "{}"),
                service.get("/api/v1/calibrations"), service.get("/api/v1/audit"))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("detail").asString()).contains("SERVICE");
        }
        // another role in the same token opens nothing more
        String serviceAndAdmin = TestTokens.token("dp-exchange-service", "*", List.of("*"), List.of("SERVICE", "GROUP_ADMIN"));
        assertThat(ApiClient.withToken(base(), serviceAndAdmin).get("/api/v1/whoami").status()).isEqualTo(403);
        // a person of another group still gets 404
        assertThat(ApiClient.as(base(), "mallory", "g-other").withRoles("SAFETY_MANAGER").get("/api/v1/defects/" + defect)
                .status()).isEqualTo(404);
    }

    @Test
    void everyServiceHasAServiceIdentityThatNamesItsMissingSettings() {
        // the test application configures no client: the bean exists, the context started, and using it says what to set
        org.assertj.core.api.Assertions.assertThatThrownBy(serviceIdentity::accessToken)
                .isInstanceOf(cn.dualprevention.platform.identity.ServiceIdentityUnavailableException.class)
                .hasMessageContaining("DP_IDENTITY_CLIENT_ID").hasMessageContaining("DP_IDENTITY_CLIENT_SECRET");
        assertThat(serviceTokens).isNotNull();
    }

    @Test
    void theGroupStarWithoutServiceIs401() {
        String token = TestTokens.token("mallory", "*", List.of("*"), List.of("GROUP_ADMIN"));
        ApiClient.Response response = ApiClient.withToken(base(), token).get("/api/v1/whoami");
        assertUnauthenticated(response);
        assertThat(response.json().get("detail").asString()).contains("'group'").contains("SERVICE");
    }

    @Test
    void theOpenApiDocumentNamesTheRolesOfEveryOperation() {
        JsonNode docs = ApiClient.anonymous(base()).get("/v3/api-docs").json();
        assertThat(docs.at("/components/securitySchemes/bearer-jwt/scheme").asString()).isEqualTo("bearer");
        assertThat(docs.at("/paths/~1api~1v1~1notes/post/security/0").has("bearer-jwt")).isTrue();
        JsonNode paths = docs.get("paths");
        assertThat(roles(paths.get("/api/v1/calibrations").get("post"))).containsExactly("GROUP_ADMIN", "SAFETY_MANAGER");
        assertThat(roles(paths.get("/api/v1/calibrations").get("get"))).containsExactly("SAFETY_MANAGER", "REGULATOR_VIEWER");
        assertThat(roles(paths.get("/api/v1/notes").get("post"))).hasSize(6).doesNotContain("REGULATOR_VIEWER");
        assertThat(roles(paths.get("/api/v1/whoami").get("get"))).hasSize(7).contains("REGULATOR_VIEWER")
                .doesNotContain("SERVICE");
        assertThat(roles(paths.get("/api/v1/notes").get("post"))).doesNotContain("SERVICE");
        assertThat(roles(paths.get("/api/v1/defects/{id}").get("get"))).hasSize(8).contains("SERVICE");
    }

    private static List<String> roles(JsonNode operation) {
        return operation.get("x-dp-roles").valueStream().map(JsonNode::asString).toList();
    }

    private static void assertUnauthenticated(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }
}
