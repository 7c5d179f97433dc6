package cn.dualprevention.faults.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Plain HTTP and JSON, as one caller: a bearer token minted by the suite's development issuer
 * ({@code POST /dev/token}, local mode only). Small on purpose: the fault run only needs a few calls.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    private Api(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** Anonymous (the sandbox's admin API needs no token). */
    public static Api at(String baseUrl) {
        return new Api(baseUrl, null);
    }

    /** The same base URL, calling as {@code sub} of {@code group} with the roles, on the enterprises ({@code *} = all). */
    public Api as(String issuerUrl, String sub, String group, String enterprises, String roles) {
        String form = "sub=" + enc(sub) + "&group=" + enc(group) + "&enterprises=" + enc(enterprises) + "&roles=" + enc(roles);
        Reply minted = send(HttpRequest.newBuilder(URI.create(issuerUrl + "/dev/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String body = minted.expect(200).body().trim();
        return new Api(baseUrl, body.startsWith("{") ? JSON.readTree(body).get("access_token").asString() : body);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** A POST that may fail in transit: the I/O error is thrown for the caller to decide (the load driver retries). */
    public Reply postOrThrow(String path, String json, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = request(path).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Reply(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** An answer; status -1 when the request did not get one (I/O error, the message in {@code body}). */
    public record Reply(int status, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Reply expect(int wanted) {
            if (status != wanted) {
                throw new AssertionError("expected " + wanted + " but got " + status + ": " + body);
            }
            return this;
        }

        public JsonNode json(int wanted) {
            return expect(wanted).json();
        }
    }
}
