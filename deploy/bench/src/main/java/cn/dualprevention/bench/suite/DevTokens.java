package cn.dualprevention.bench.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Access tokens from local mode's development issuer ({@code POST /dev/token}, dev only): the gateway and every
 * service accept the same JWT, so a benchmark can send one record through the gateway and the next one straight to
 * the service as the same person.
 */
public final class DevTokens {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String issuerUrl;

    public DevTokens(String issuerUrl) {
        this.issuerUrl = issuerUrl;
    }

    /** A token for person {@code subject} of {@code group}, acting on {@code enterprises} ({@code *} = all) with the roles. */
    public String mint(String subject, String group, List<String> enterprises, List<String> roles) {
        String form = "sub=" + encode(subject) + "&group=" + encode(group) + "&enterprises="
                + encode(String.join(",", enterprises)) + "&roles=" + encode(String.join(",", roles));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUrl + "/dev/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the dev issuer refused a token for " + subject + ": "
                        + response.statusCode() + " " + response.body());
            }
            return response.body().trim();
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
