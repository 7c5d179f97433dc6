package cn.dualprevention.risk;

import cn.dualprevention.platform.test.ApiClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * PUT, DELETE and workbook up- and downloads as a caller (the platform's {@link ApiClient} has only GET and POST; this belongs there).
 */
final class WriteCalls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String user;
    private final String group;

    WriteCalls(String baseUrl, String user, String group) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.group = group;
    }

    ApiClient.Response put(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    ApiClient.Response delete(String path) {
        return send(builder(path).DELETE());
    }

    ApiClient.Response postWorkbook(String path, byte[] xlsx) {
        return send(builder(path).header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(xlsx)));
    }

    byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> r = HTTP.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + new String(r.body()));
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("X-DP-User", user).header("X-DP-Group", group).header("X-DP-Enterprises", "*");
    }

    private static ApiClient.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
