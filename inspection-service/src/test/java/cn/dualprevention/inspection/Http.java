package cn.dualprevention.inspection;

import cn.dualprevention.platform.test.ApiClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** PUT as a client would (ApiClient has GET and POST only; candidate for the platform's ApiClient). */
public final class Http {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Http() {
    }

    public static ApiClient.Response put(String baseUrl, String path, String user, String group, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-DP-User", user)
                .header("X-DP-Group", group).header("X-DP-Enterprises", "*").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("X-Request-Id").orElse(null), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
