package cn.dualprevention.e2e.support;

import cn.dualprevention.deploy.local.RunningSuite;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ONE place where the end-to-end tests say who is calling; no test names a header. Two ways, chosen per suite:
 * <ul>
 *   <li>when the suite runs the dev issuer (process {@value #ISSUER_PROCESS}, issue 8), a bearer token minted for the
 *   caller by its {@code POST /dev/token} (cached per caller): {@code Authorization: Bearer …};</li>
 *   <li>otherwise the identity headers the gateway passed through before issue 8: {@code X-DP-User},
 *   {@code X-DP-Group}, {@code X-DP-Enterprises}, {@code X-DP-Roles}.</li>
 * </ul>
 * Roles are the platform's names ({@code SAFETY_MANAGER}, {@code DEPARTMENT_HEAD}, {@code INSPECTOR} …).
 */
public final class E2eIdentity {

    /** The launcher's name of the dev issuer process, once local mode runs one. */
    public static final String ISSUER_PROCESS = "dev-issuer";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static volatile String issuer;

    private E2eIdentity() {
    }

    /** Mints tokens from the suite's dev issuer when it runs one, else sends the identity headers. */
    public static void configureFor(RunningSuite suite) {
        Integer port = suite.ports().asMap().get(ISSUER_PROCESS);
        issuer = port == null ? System.getProperty("dp.e2e.token-issuer") : "http://localhost:" + port;
        TOKENS.clear();
    }

    /** Someone of {@code group}: a person id, the enterprises they may act on ({@code "*"} = all), their roles. */
    public record Caller(String user, String group, List<String> enterprises, List<String> roles) {

        public Caller {
            enterprises = List.copyOf(enterprises);
            roles = List.copyOf(roles);
        }

        /** A group-wide caller (every enterprise of the group). */
        public static Caller groupWide(String user, String group, String... roles) {
            return new Caller(user, group, List.of("*"), List.of(roles));
        }

        /** A caller of one enterprise, e.g. an inspector. */
        public static Caller ofEnterprise(String user, String group, String enterpriseId, String... roles) {
            return new Caller(user, group, List.of(enterpriseId), List.of(roles));
        }

        public Map<String, String> headers() {
            return headersFor(user, group, enterprises, roles);
        }
    }

    /** The request headers that make the gateway and the services see this caller. */
    public static Map<String, String> headersFor(String user, String group, Collection<String> enterprises,
                                                 Collection<String> roles) {
        Map<String, String> headers = new LinkedHashMap<>();
        String tokenIssuer = issuer;
        if (tokenIssuer != null) {
            String key = user + "|" + group + "|" + String.join(",", enterprises) + "|" + String.join(",", roles);
            headers.put("Authorization", "Bearer " + TOKENS.computeIfAbsent(key,
                    k -> mint(tokenIssuer, user, group, enterprises, roles)));
            return headers;
        }
        headers.put("X-DP-User", user);
        headers.put("X-DP-Group", group);
        headers.put("X-DP-Enterprises", String.join(",", enterprises));
        if (!roles.isEmpty()) {
            headers.put("X-DP-Roles", String.join(",", roles));
        }
        return headers;
    }

    private static String mint(String issuer, String user, String group, Collection<String> enterprises,
                               Collection<String> roles) {
        String query = "sub=" + encode(user) + "&group=" + encode(group) + "&enterprises=" + encode(String.join(",", enterprises))
                + "&roles=" + encode(String.join(",", roles));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/dev/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the dev issuer refused a token for " + user + ": " + response.statusCode()
                        + " " + response.body());
            }
            String body = response.body().trim();
            return body.startsWith("{") ? JSON.readTree(body).get("access_token").asString() : body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
