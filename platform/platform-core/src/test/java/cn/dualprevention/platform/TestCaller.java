package cn.dualprevention.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP calls as a client of the API would make them. */
final class TestCaller {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestCaller() {
    }

    static HttpResponse<String> post(int port, String path, String json, boolean withIdentity) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withIdentity) {
            request.header("X-DP-User", "tester").header("X-DP-Group", "g1").header("X-DP-Enterprises", "*");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-DP-User", "tester").header("X-DP-Group", "g1").GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
