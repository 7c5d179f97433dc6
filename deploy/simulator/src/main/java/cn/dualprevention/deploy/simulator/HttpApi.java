package cn.dualprevention.deploy.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link Api} over HTTP: calls go to the gateway with a bearer token that the development issuer mints for the
 * caller ({@code POST /dev/token}, cached until shortly before it expires). 502/503/504 and connection errors are
 * retried a few times (a route the gateway has not learnt yet, a service restarting).
 */
public final class HttpApi implements Api {

    private static final Duration TOKEN_REUSE = Duration.ofMinutes(45);

    private final URI gateway;
    private final DevIssuer issuer;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant fetched) {
    }

    public HttpApi(URI gateway, URI issuer) {
        this.gateway = gateway;
        this.issuer = new DevIssuer(issuer);
    }

    @Override
    public Reply call(String method, String path, Object body, Identity caller) {
        HttpRequest.Builder rb = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token(caller));
        if (body != null) {
            rb.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        } else {
            rb.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest request = rb.build();
        IOException lastError = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int s = r.statusCode();
                if ((s == 502 || s == 503 || s == 504) && attempt < 5) {
                    pause(500L * (attempt + 1));
                    continue;
                }
                return Reply.of(s, r.body());
            } catch (IOException e) {
                lastError = e;
                pause(500L * (attempt + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException("interrupted: " + method + " " + path);
            }
        }
        throw new ApiException(method + " " + path + " failed: " + lastError);
    }

    @Override
    public Identity demoUser(String login) {
        JsonClaims claims = JsonClaims.of(issuer.mint(Map.of("user", login)));
        return new Identity(claims.subject(), claims.group(), claims.enterprises(), claims.roles(), login);
    }

    private String token(Identity caller) {
        Token t = tokens.get(caller.key());
        if (t == null || t.fetched().plus(TOKEN_REUSE).isBefore(Instant.now())) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("sub", caller.userId());
            form.put("group", caller.groupId());
            form.put("enterprises", String.join(",", caller.enterprises()));
            form.put("roles", String.join(",", caller.roles()));
            if (caller.name() != null) {
                form.put("name", caller.name());
            }
            t = new Token(issuer.mint(form), Instant.now());
            tokens.put(caller.key(), t);
        }
        return t.value();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The claims of a JWT the simulator needs (read, not verified: the gateway verifies). */
    record JsonClaims(String subject, String group, List<String> enterprises, List<String> roles) {

        static JsonClaims of(String jwt) {
            String[] parts = jwt.split("\\.");
            if (parts.length < 2) {
                throw new ApiException("the token issuer answered something that is not a JWT");
            }
            var json = JSON.readTree(new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return new JsonClaims(json.path("sub").asString(), json.path("group").asString(),
                    strings(json.path("enterprises")), strings(json.path("roles")));
        }

        private static List<String> strings(tools.jackson.databind.JsonNode node) {
            if (node.isArray()) {
                java.util.ArrayList<String> list = new java.util.ArrayList<>();
                node.forEach(n -> list.add(n.asString()));
                return list;
            }
            return node.isMissingNode() || node.isNull() ? List.of() : List.of(node.asString().split(","));
        }
    }
}
