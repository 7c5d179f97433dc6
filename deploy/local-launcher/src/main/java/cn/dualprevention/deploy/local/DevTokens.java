package cn.dualprevention.deploy.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Access tokens from the development issuer's {@code POST /dev/token} (local mode only), cached per identity.
 * Either a demo user of the issuer ({@link #forDemoUser}) or any identity ({@link #forIdentity}).
 */
public final class DevTokens {

    private final URI issuer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public DevTokens(URI issuer) {
        this.issuer = issuer;
    }

    /** A token for a demo user of the issuer (e.g. {@code wang.fang}). */
    public String forDemoUser(String user) {
        return cache.computeIfAbsent("user=" + user, key -> fetch(Map.of("user", user)));
    }

    /** A token for any identity: enterprises {@code "*"} or comma-separated ids, roles comma-separated. */
    public String forIdentity(String user, String group, String enterprises, String roles) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("sub", user);
        form.put("group", group);
        if (enterprises != null) {
            form.put("enterprises", enterprises);
        }
        if (roles != null) {
            form.put("roles", roles);
        }
        return cache.computeIfAbsent(form.toString(), key -> fetch(form));
    }

    private String fetch(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(issuer.resolve("/dev/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new DemoLoader.DemoLoadException("the token issuer (" + issuer + ") refused a token for " + form
                        + ": " + response.statusCode() + " " + response.body());
            }
            return response.body().trim();
        } catch (IOException e) {
            throw new DemoLoader.DemoLoadException("the token issuer (" + issuer + ") cannot be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoLoader.DemoLoadException("interrupted while fetching a token");
        }
    }
}
