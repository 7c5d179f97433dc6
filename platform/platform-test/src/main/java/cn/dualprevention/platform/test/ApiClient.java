package cn.dualprevention.platform.test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls an API as a client would: plain HTTP and JSON, acting as one caller (user, group, enterprises). */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String user;
    private final String group;
    private final String enterprises;

    private ApiClient(String baseUrl, String user, String group, String enterprises) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.group = group;
        this.enterprises = enterprises;
    }

    /** A caller of {@code group} who may act on every enterprise of it. */
    public static ApiClient as(String baseUrl, String user, String group) {
        return new ApiClient(baseUrl, user, group, "*");
    }

    /** The same server, without any caller identity. */
    public static ApiClient anonymous(String baseUrl) {
        return new ApiClient(baseUrl, null, null, null);
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
        if (user != null) {
            builder.header("X-DP-User", user).header("X-DP-Group", group).header("X-DP-Enterprises", enterprises);
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
