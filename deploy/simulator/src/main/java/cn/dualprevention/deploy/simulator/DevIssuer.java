package cn.dualprevention.deploy.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The development issuer's {@code POST /dev/token} (local mode only): an access token for a demo user
 * ({@code user=wang.fang}) or for any identity ({@code sub, group, enterprises, roles, name}). Connection errors are
 * retried a few times (the issuer may still be starting); a refusal is not. Used by the simulator and by the local
 * launcher's demo loader.
 */
public final class DevIssuer {

    private final URI issuer;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public DevIssuer(URI issuer) {
        this.issuer = issuer;
    }

    /** A token for the identity the form describes; {@link Api.ApiException} when refused or unreachable. */
    public String mint(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(issuer.resolve("/dev/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() != 200) {
                    throw new Api.ApiException("the token issuer " + issuer + " refused " + form + ": " + r.statusCode()
                            + " " + r.body());
                }
                return r.body().trim();
            } catch (IOException e) {
                if (attempt >= 4) {
                    throw new Api.ApiException("the token issuer " + issuer + " cannot be reached: " + e);
                }
                pause(500L * (attempt + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Api.ApiException("interrupted while fetching a token");
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
