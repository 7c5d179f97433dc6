package cn.dualprevention.platform.test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Calls an API as a client would: plain HTTP and JSON, acting as one caller (user, group, enterprises,
 * roles) with a signed access token ({@code Authorization: Bearer}, minted by {@link TestTokens}).
 * Tests never set identity headers themselves.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String authorization;
    private final String user;
    private final String group;
    private final List<String> enterprises;

    private ApiClient(String baseUrl, String token, String user, String group, List<String> enterprises) {
        this.baseUrl = baseUrl;
        this.authorization = token == null ? null : "Bearer " + token;
        this.user = user;
        this.group = group;
        this.enterprises = enterprises;
    }

    /** A caller of {@code group} who may act on every enterprise of it, without any role. */
    public static ApiClient as(String baseUrl, String user, String group) {
        return as(baseUrl, user, group, "*");
    }

    /** A caller of {@code group} who may act on these enterprises only ({@code "*"}: every one), without any role. */
    public static ApiClient as(String baseUrl, String user, String group, String... enterprises) {
        List<String> scope = List.of(enterprises);
        return new ApiClient(baseUrl, TestTokens.token(user, group, scope, List.of()), user, group, scope);
    }

    /**
     * A suite service calling with its own identity (role SERVICE, group {@code *}, every enterprise), e.g.
     * exchange-service fetching a photo: it reaches only endpoints that name SERVICE.
     */
    public static ApiClient asService(String baseUrl, String clientId) {
        return new ApiClient(baseUrl, TestTokens.service(clientId), null, null, null);
    }

    /** The same server, without any caller identity (no Authorization header). */
    public static ApiClient anonymous(String baseUrl) {
        return new ApiClient(baseUrl, null, null, null, null);
    }

    /** The same server, sending exactly this access token (e.g. {@link TestTokens#expired}). */
    public static ApiClient withToken(String baseUrl, String token) {
        return new ApiClient(baseUrl, token, null, null, null);
    }

    /**
     * The same caller holding these roles (names as the platform's {@code Role}: GROUP_ADMIN,
     * SAFETY_MANAGER, DEPARTMENT_HEAD, INSPECTOR, GUARANTOR, REGULATOR_VIEWER, API_CLIENT; SERVICE only through
     * {@link #asService}, as a person's group never goes with it).
     */
    public ApiClient withRoles(String... roles) {
        if (user == null) {
            throw new IllegalStateException("roles need a caller: use ApiClient.as(...)");
        }
        return new ApiClient(baseUrl, TestTokens.token(user, group, enterprises, List.of(roles)), user, group, enterprises);
    }

    /** The {@code Authorization} header value this client sends (null when anonymous), for hand-made requests. */
    public String authorization() {
        return authorization;
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Uploads a file, e.g. an Excel workbook. */
    public Response postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Downloads a file; anything but 200 is an error that shows the answer. */
    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("X-Request-Id").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer. */
    public record Response(int status, String contentType, String requestId, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        /** The first entry of a problem's {@code errors}: "field/rule" (or the whole answer when it has none). */
        public String firstError() {
            JsonNode error = json().path("errors").path(0);
            if (error.isMissingNode()) {
                return status + " " + body;
            }
            return error.path("field").asString() + "/" + error.path("rule").asString();
        }
    }
}
