package cn.dualprevention.deploy.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the demo data: an ordered JSON array of requests
 * {@code {"name", "method", "path", "headers", "body", "capture": {"var": "field"}}} sent through the gateway.
 * {@code ${var}} in the path, a header or any string of the body is replaced by a value captured from an
 * earlier response (a top-level field of its JSON); a string that is exactly {@code ${var}} takes the captured
 * value with its JSON type. Every request must answer 2xx.
 *
 * <p>Who calls: {@code "as": "<demo user>"} (a user of the development issuer, e.g. {@code wang.fang}) gets that
 * user's access token as {@code Authorization: Bearer}. Old-style identity headers ({@code X-DP-User},
 * {@code X-DP-Group}, {@code X-DP-Enterprises}, {@code X-DP-Roles}) are turned into a token for exactly that
 * identity and never sent (the gateway drops them). Without a token source, requests go out as written.
 *
 * <p>The gateway may not have learnt every route in the first seconds, so 502/503/504 and connection errors are
 * retried for a while; any other status fails at once.
 */
public final class DemoLoader {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

    private static final String IDENTITY_PREFIX = "x-dp-";

    private final URI base;
    private final DevTokens tokens;
    private final PrintStream out;
    private final Duration retryFor;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final Map<String, JsonNode> vars = new LinkedHashMap<>();

    public DemoLoader(URI gatewayBase, PrintStream out, Duration retryFor) {
        this(gatewayBase, null, out, retryFor);
    }

    /** @param tokens where access tokens come from (the development issuer); null: no token is added */
    public DemoLoader(URI gatewayBase, DevTokens tokens, PrintStream out, Duration retryFor) {
        this.base = gatewayBase;
        this.tokens = tokens;
        this.out = out;
        this.retryFor = retryFor;
    }

    /** Thrown when a request does not answer 2xx or the file is malformed. */
    public static final class DemoLoadException extends RuntimeException {
        public DemoLoadException(String message) {
            super(message);
        }
    }

    /** The company codes (企业编码, {@code companyCode}) of the enterprises a demo file registers, in order. */
    public static List<String> companyCodes(Path demoJson) throws IOException {
        JsonNode root = Probes.JSON.readTree(Files.readString(demoJson, StandardCharsets.UTF_8));
        List<String> codes = new ArrayList<>();
        for (JsonNode request : root) {
            String code = request.path("body").path("companyCode").asString("");
            if ("POST".equals(request.path("method").asString("")) && "/api/v1/enterprises".equals(request.path("path").asString(""))
                    && !code.isBlank() && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    /**
     * Loads the file unless the marker exists; writes the marker afterwards. Returns the number of requests
     * sent (0 when already loaded, or the file is missing or empty — then no marker is written).
     */
    public int loadOnce(Path demoJson, Path marker) throws IOException, InterruptedException {
        if (Files.exists(marker)) {
            out.println("  demo data     already loaded (" + marker.getFileName() + " exists)");
            return 0;
        }
        if (demoJson == null || !Files.exists(demoJson)) {
            out.println("  demo data     none (" + demoJson + " does not exist)");
            return 0;
        }
        int sent = load(demoJson);
        if (sent > 0) {
            Files.createDirectories(marker.toAbsolutePath().getParent());
            Files.writeString(marker, "loaded " + sent + " requests from " + demoJson + " at " + Instant.now() + "\n",
                    StandardCharsets.UTF_8);
        }
        return sent;
    }

    /** Sends every request of the file in order; returns how many. */
    public int load(Path demoJson) throws IOException, InterruptedException {
        JsonNode root = Probes.JSON.readTree(Files.readString(demoJson, StandardCharsets.UTF_8));
        if (!root.isArray()) {
            throw new DemoLoadException(demoJson + " must be a JSON array of requests");
        }
        if (root.isEmpty()) {
            out.println("  demo data     " + demoJson.getFileName() + " is empty: nothing to load");
            return 0;
        }
        long start = System.nanoTime();
        int n = 0;
        for (JsonNode request : (ArrayNode) root) {
            send(request, n);
            n++;
        }
        out.printf("  demo data     loaded %d requests in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
        return n;
    }

    /** The values captured so far. */
    public Map<String, JsonNode> variables() {
        return vars;
    }

    void send(JsonNode request, int index) throws IOException, InterruptedException {
        String name = request.path("name").asString("request #" + (index + 1));
        String method = request.path("method").asString("GET").toUpperCase(java.util.Locale.ROOT);
        String path = substitute(request.path("path").asString(""), name);
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        JsonNode body = request.has("body") && !request.get("body").isNull()
                ? substituteNode(request.get("body"), name) : null;

        HttpRequest.Builder rb = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        boolean contentType = false;
        boolean accept = false;
        Map<String, String> identity = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> h : request.path("headers").properties()) {
            String value = substitute(h.getValue().asString(), name);
            if (tokens != null && h.getKey().toLowerCase(java.util.Locale.ROOT).startsWith(IDENTITY_PREFIX)) {
                identity.put(h.getKey().toLowerCase(java.util.Locale.ROOT).substring(IDENTITY_PREFIX.length()), value);
                continue;
            }
            rb.header(h.getKey(), value);
            contentType |= h.getKey().equalsIgnoreCase("Content-Type");
            accept |= h.getKey().equalsIgnoreCase("Accept");
        }
        if (!accept) {
            rb.header("Accept", "application/json, application/problem+json");
        }
        String token = tokenFor(request, identity, name);
        if (token != null) {
            rb.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            if (!contentType) {
                rb.header("Content-Type", "application/json");
            }
            String text = body.isString() ? body.asString() : Probes.JSON.writeValueAsString(body);
            rb.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        } else {
            rb.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = sendWithRetry(rb.build(), name);
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new DemoLoadException("demo request '" + name + "' (" + method + " " + path + ") answered "
                    + status + ":\n" + response.body());
        }
        capture(request.path("capture"), response, name);
    }

    /** The caller's token: {@code "as"} names a demo user; identity headers name any identity; else none. */
    private String tokenFor(JsonNode request, Map<String, String> identity, String name) {
        if (tokens == null) {
            return null;
        }
        String as = request.path("as").asString("");
        if (!as.isBlank()) {
            return tokens.forDemoUser(substitute(as, name));
        }
        if (identity.containsKey("user")) {
            if (!identity.containsKey("group")) {
                throw new DemoLoadException("demo request '" + name + "' names X-DP-User but no X-DP-Group");
            }
            return tokens.forIdentity(identity.get("user"), identity.get("group"), identity.get("enterprises"),
                    identity.get("roles"));
        }
        return null;
    }

    private HttpResponse<String> sendWithRetry(HttpRequest request, String name)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + retryFor.toNanos();
        while (true) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int s = r.statusCode();
                if ((s == 502 || s == 503 || s == 504) && System.nanoTime() < deadline) {
                    // Not faster: every refused call counts in the gateway's circuit breaker for the route.
                    Thread.sleep(1000);
                    continue;
                }
                return r;
            } catch (IOException e) {
                if (System.nanoTime() >= deadline) {
                    throw new DemoLoadException("demo request '" + name + "' (" + request.method() + " "
                            + request.uri() + ") failed: " + e);
                }
                Thread.sleep(500);
            }
        }
    }

    private void capture(JsonNode capture, HttpResponse<String> response, String name) {
        if (capture.isMissingNode() || capture.isNull() || capture.isEmpty()) {
            return;
        }
        JsonNode json;
        try {
            json = Probes.JSON.readTree(response.body());
        } catch (RuntimeException e) {
            throw new DemoLoadException("demo request '" + name + "' answered " + response.statusCode()
                    + " without a JSON body to capture from:\n" + response.body());
        }
        for (Map.Entry<String, JsonNode> c : capture.properties()) {
            String field = c.getValue().asString();
            JsonNode value = json.get(field);
            if (value == null || value.isNull() || value.isMissingNode()) {
                throw new DemoLoadException("demo request '" + name + "': the response has no field '" + field
                        + "' to capture as ${" + c.getKey() + "}:\n" + response.body());
            }
            vars.put(c.getKey(), value);
        }
    }

    /** Replaces every {@code ${var}} in the string. */
    String substitute(String text, String requestName) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(asText(lookup(m.group(1), requestName))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Replaces placeholders in every string of the tree (keys included); a lone placeholder keeps the type. */
    JsonNode substituteNode(JsonNode node, String requestName) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node.isString()) {
            String s = node.asString();
            Matcher whole = PLACEHOLDER.matcher(s);
            if (whole.matches()) {
                return lookup(whole.group(1), requestName).deepCopy();
            }
            return f.stringNode(substitute(s, requestName));
        }
        if (node.isArray()) {
            ArrayNode a = f.arrayNode();
            node.forEach(e -> a.add(substituteNode(e, requestName)));
            return a;
        }
        if (node.isObject()) {
            ObjectNode o = f.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                o.set(substitute(e.getKey(), requestName), substituteNode(e.getValue(), requestName));
            }
            return o;
        }
        return node;
    }

    private JsonNode lookup(String var, String requestName) {
        JsonNode v = vars.get(var);
        if (v == null) {
            throw new DemoLoadException("demo request '" + requestName + "' uses ${" + var
                    + "}, which no earlier request captured (known: " + vars.keySet() + ")");
        }
        return v;
    }

    private static String asText(JsonNode v) {
        return v.isValueNode() ? v.asString() : v.toString();
    }
}
