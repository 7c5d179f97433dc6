package cn.dualprevention.devissuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The development issuer issues tokens the services accept: user flow with PKCE, machine flow, dev endpoint. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dp.dev-issuer.issuer=http://issuer.test", "dp.dev-issuer.dev-tokens=true",
        "dp.dev-issuer.console-redirect-uris=http://127.0.0.1/callback"})
class DevIssuerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void discoveryNamesTheIssuerAndItsKeys() throws Exception {
        JsonNode discovery = getJson("/.well-known/openid-configuration");
        assertThat(discovery.get("issuer").asString()).isEqualTo("http://issuer.test");
        assertThat(discovery.get("jwks_uri").asString()).endsWith("/oauth2/jwks");
        assertThat(discovery.get("grant_types_supported").toString()).contains("authorization_code", "client_credentials")
                .doesNotContain("\"password\"");
        assertThat(getJson("/oauth2/jwks").get("keys")).hasSize(1);
    }

    @Test
    void theMachineClientGetsAScopedApiClientToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("dp-plant-system:plant-secret".getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=dp.api")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Jwt jwt = verify(JSON.readTree(response.body()).get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo("dp-plant-system");
        assertThat(jwt.getClaimAsString("group")).isEqualTo("zhongyuan-energy-group");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("API_CLIENT");
        assertThat(jwt.getClaimAsStringList("enterprises")).containsExactly("*");
    }

    @Test
    void theExchangeServiceGetsASuiteServiceTokenForEveryGroup() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("dp-exchange-service:exchange-secret".getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Jwt jwt = verify(JSON.readTree(response.body()).get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo("dp-exchange-service");
        assertThat(jwt.getClaimAsString("group")).isEqualTo("*");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SERVICE");
        assertThat(jwt.getClaimAsStringList("enterprises")).containsExactly("*");
        assertThat(jwt.getAudience()).contains("dp-api");
        // another client's secret gets nothing
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("dp-exchange-service:plant-secret".getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongClientSecretGetsNoToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("dp-plant-system:guess".getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aDemoUserLogsInWithAuthorizationCodeAndPkce() throws Exception {
        String verifier = "verifier-" + "x".repeat(50);
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = "/oauth2/authorize?response_type=code&client_id=dp-console&scope=openid%20profile"
                + "&redirect_uri=http://127.0.0.1/callback&state=s1&code_challenge=" + challenge + "&code_challenge_method=S256";
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(uri(authorize)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        String loginPage = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as(loginPage).isTrue();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("username", "zhao.min", "password", "demo", "_csrf", csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        String next = login.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> authorized = http.send(HttpRequest.newBuilder(URI.create(next)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String callback = authorized.headers().firstValue("Location").orElseThrow();
        assertThat(callback).as(authorized.body()).startsWith("http://127.0.0.1/callback?code=");
        String code = URLDecode(callback.replaceAll(".*[?&]code=([^&]+).*", "$1"));

        HttpResponse<String> token = http.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "authorization_code", "code", code, "client_id", "dp-console",
                        "redirect_uri", "http://127.0.0.1/callback", "code_verifier", verifier))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        Jwt jwt = verify(JSON.readTree(token.body()).get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo("zhao.min");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("赵敏");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SAFETY_MANAGER");
        assertThat(jwt.getClaimAsString("group")).isEqualTo("zhongyuan-energy-group");
    }

    @Test
    void theDevEndpointMintsTokensForDemoUsersAndAnyIdentity() throws Exception {
        Jwt regulator = verify(devToken("user=jian.guan"));
        assertThat(regulator.getSubject()).isEqualTo("jian.guan");
        assertThat(regulator.getClaimAsStringList("roles")).containsExactly("REGULATOR_VIEWER");

        Jwt custom = verify(devToken("sub=li.na&group=e2e-group&enterprises=E1,E2&roles=INSPECTOR"));
        assertThat(custom.getClaimAsString("group")).isEqualTo("e2e-group");
        assertThat(custom.getClaimAsStringList("enterprises")).containsExactly("E1", "E2");
        assertThat(custom.getClaimAsStringList("roles")).containsExactly("INSPECTOR");

        HttpResponse<String> raw = http.send(HttpRequest.newBuilder(uri("/dev/token")).header("Accept", "text/plain")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user=wang.fang")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(verify(raw.body()).getClaimAsStringList("roles")).containsExactly("GROUP_ADMIN");

        HttpResponse<String> unknown = postDev("user=nobody");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("wang.fang");
        assertThat(postDev("sub=x").statusCode()).isEqualTo(400);
    }

    private String devToken(String form) throws Exception {
        HttpResponse<String> response = postDev(form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private HttpResponse<String> postDev(String form) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/dev/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Verifies a token as a service does: the issuer's published keys, issuer, audience, expiry. */
    private Jwt verify(String token) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri("http://localhost:" + port + "/oauth2/jwks").build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer("http://issuer.test"), new JwtAudienceValidator("dp-api")));
        return decoder.decode(token);
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static String URLDecode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

}
