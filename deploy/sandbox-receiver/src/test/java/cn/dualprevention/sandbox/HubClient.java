package cn.dualprevention.sandbox;

import cn.dualprevention.sandbox.hub.domain.Account;
import cn.dualprevention.sandbox.hub.infrastructure.AesCbc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A sender for the tests: encrypts batches like a real sender would, and calls the admin API. */
final class HubClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Response(int status, String contentType, JsonNode json) {
        String error() {
            return json.path("error").asString(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    HubClient(String base) {
        this.base = base;
    }

    Response upload(String profile, String path, Account account, List<Map<String, Object>> records) {
        String datas = AesCbc.encrypt(account.keyBytes(), account.ivBytes(), JSON.writeValueAsString(records));
        return post("/" + profile + "/" + path, basic(account.user(), account.password()),
                JSON.writeValueAsString(Map.of("datas", datas)));
    }

    Response receipt(String profile, String batchId, Account account) {
        return send(HttpRequest.newBuilder(URI.create(base + "/" + profile + "/receipts/" + batchId))
                .header("Authorization", basic(account.user(), account.password())).GET());
    }

    Response post(String path, String authorization, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b);
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Sends and throws the I/O error as is (to see "connection refused"). */
    int statusOrThrow(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = r.body();
            JsonNode json = body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
