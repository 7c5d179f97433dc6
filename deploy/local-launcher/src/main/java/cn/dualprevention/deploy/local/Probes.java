package cn.dualprevention.deploy.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Readiness checks: a TCP port, {@code /actuator/health}, the Eureka registry. */
public final class Probes {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private Probes() {
    }

    /** Something accepts connections on localhost:port. */
    public static boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code GET http://localhost:<port>/actuator/health} answers 200 with status UP. */
    public static boolean healthUp(int port) {
        return "UP".equals(healthStatus(port));
    }

    /** The status of {@code /actuator/health}, or null when it does not answer with JSON. */
    public static String healthStatus(int port) {
        try {
            HttpResponse<String> r = get(URI.create("http://localhost:" + port + "/actuator/health"),
                    "application/json", Duration.ofSeconds(2));
            JsonNode status = JSON.readTree(r.body()).get("status");
            return status == null ? null : status.asString();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
    }

    /**
     * The gateway routes to the service: a {@code POST /v3/api-docs/<service>} comes back with anything but
     * 502/503/504 (the service answers 405 at no cost). POST, because the gateway retries failed GETs, and each
     * attempt would count against the route's circuit breaker.
     */
    public static boolean gatewayRoutes(int gatewayPort, String service) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + gatewayPort + "/v3/api-docs/" + service))
                    .timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status != 502 && status != 503 && status != 504;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    /**
     * The Eureka application names (upper case, e.g. {@code RISK-SERVICE}) that have at least one instance UP,
     * from {@code GET <registry>/eureka/apps} with {@code Accept: application/json}. Empty when it cannot ask.
     */
    public static Set<String> eurekaAppsUp(int registryPort) {
        try {
            HttpResponse<String> r = get(URI.create("http://localhost:" + registryPort + "/eureka/apps"),
                    "application/json", Duration.ofSeconds(2));
            if (r.statusCode() != 200) {
                return Set.of();
            }
            return parseEurekaAppsUp(r.body());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Set.of();
        }
    }

    /** Parses Eureka's JSON; single applications / instances may come as an object instead of an array. */
    static Set<String> parseEurekaAppsUp(String json) {
        Set<String> up = new HashSet<>();
        JsonNode apps = JSON.readTree(json).path("applications").path("application");
        for (JsonNode app : asList(apps)) {
            for (JsonNode instance : asList(app.path("instance"))) {
                if ("UP".equals(instance.path("status").asString(""))) {
                    up.add(app.path("name").asString("").toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        return up;
    }

    private static List<JsonNode> asList(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return list;
        }
        if (node.isArray()) {
            node.forEach(list::add);
        } else {
            list.add(node);
        }
        return list;
    }

    static HttpResponse<String> get(URI uri, String accept, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", accept).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
