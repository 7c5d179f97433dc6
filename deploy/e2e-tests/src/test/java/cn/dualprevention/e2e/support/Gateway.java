package cn.dualprevention.e2e.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The suite's API as a client sees it: plain HTTP and JSON through the gateway, as one {@link E2eIdentity.Caller}. */
public final class Gateway {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final E2eIdentity.Caller caller;

    private Gateway(String baseUrl, E2eIdentity.Caller caller) {
        this.baseUrl = baseUrl;
        this.caller = caller;
    }

    public static Gateway at(String baseUrl) {
        return new Gateway(baseUrl, null);
    }

    /** The same gateway, calling as {@code caller}. */
    public Gateway as(E2eIdentity.Caller caller) {
        return new Gateway(baseUrl, caller);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(40));
        if (caller != null) {
            caller.headers().forEach(builder::header);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer of the gateway. */
    public record Response(int status, String contentType, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(body());
        }

        /** The JSON body, after checking the status (the failure shows the whole answer). */
        public JsonNode json(int expectedStatus) {
            if (status != expectedStatus) {
                throw new AssertionError("expected " + expectedStatus + " but got " + status + ": " + body());
            }
            return json();
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        /** The first {@code errors} entry of a 400 problem as "field/rule". */
        public String firstError() {
            JsonNode error = json().path("errors").path(0);
            return error.isMissingNode() ? status + " " + body() : error.path("field").asString() + "/" + error.path("rule").asString();
        }

        /** The {@code rule} of a 409 problem. */
        public String rule() {
            return json().path("rule").asString();
        }
    }
}
