package cn.dualprevention.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/** The demo loader against a tiny JDK HTTP server standing in for the gateway. */
class DemoLoaderTest {

    record Seen(String method, String path, String user, String enterprises, String body, String authorization) {
    }

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = ex.getRequestURI().getRawPath();
        seen.add(new Seen(ex.getRequestMethod(), path, ex.getRequestHeaders().getFirst("X-DP-User"),
                ex.getRequestHeaders().getFirst("X-DP-Enterprises"), body, ex.getRequestHeaders().getFirst("Authorization")));
        if (path.equals("/dev/token")) {
            // the development issuer: a "token" that shows what was asked for
            reply(ex, 200, "tok[" + body + "]");
        } else if (path.equals("/api/v1/flaky") && unavailable.getAndIncrement() < 2) {
            reply(ex, 503, "{\"title\":\"no instance yet\"}");
        } else if (path.equals("/api/v1/enterprises")) {
            reply(ex, 201, "{\"id\":\"ent-42\",\"version\":1,\"count\":7}");
        } else if (path.startsWith("/api/v1/enterprises/ent-42/units")) {
            reply(ex, 201, "{\"id\":\"unit-" + seen.size() + "\"}");
        } else if (path.equals("/api/v1/broken")) {
            reply(ex, 409, "{\"type\":\"/problems/rule\",\"title\":\"Rule violated\",\"status\":409}");
        } else {
            reply(ex, 200, "{}");
        }
    }

    private static void reply(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private DemoLoader loader() {
        return new DemoLoader(URI.create("http://localhost:" + server.getAddress().getPort() + "/"),
                new PrintStream(output, true, StandardCharsets.UTF_8), Duration.ofSeconds(10));
    }

    private Path demo(String json) throws IOException {
        Path file = dir.resolve("demo.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void replacesPlaceholdersWithCapturedValuesInPathHeadersAndBody() throws Exception {
        Path file = demo("""
                [
                  {"name": "enterprise", "method": "POST", "path": "/api/v1/enterprises",
                   "headers": {"X-DP-User": "wang.fang", "X-DP-Enterprises": "*"},
                   "body": {"name": "中原液化天然气储运有限公司"},
                   "capture": {"enterpriseId": "id", "n": "count"}},
                  {"name": "unit", "method": "POST", "path": "/api/v1/enterprises/${enterpriseId}/units",
                   "headers": {"X-DP-User": "wang.fang", "X-DP-Enterprises": "${enterpriseId}"},
                   "body": {"enterpriseId": "${enterpriseId}", "label": "unit of ${enterpriseId} (${n})",
                            "count": "${n}", "tags": ["${enterpriseId}", 3, true], "nested": {"ref": "${enterpriseId}"}},
                   "capture": {"unitId": "id"}},
                  {"name": "read back", "method": "GET", "path": "/api/v1/units/${unitId}?enterpriseId=${enterpriseId}"}
                ]
                """);
        DemoLoader loader = loader();
        Path marker = dir.resolve("data/demo-loaded");

        assertThat(loader.loadOnce(file, marker)).isEqualTo(3);

        assertThat(seen).hasSize(3);
        Seen unit = seen.get(1);
        assertThat(unit.path()).isEqualTo("/api/v1/enterprises/ent-42/units");
        assertThat(unit.enterprises()).isEqualTo("ent-42");
        JsonNode body = Probes.JSON.readTree(unit.body());
        assertThat(body.get("enterpriseId").asString()).isEqualTo("ent-42");
        assertThat(body.get("label").asString()).isEqualTo("unit of ent-42 (7)");
        assertThat(body.get("count").isNumber()).as("a lone placeholder keeps the JSON type").isTrue();
        assertThat(body.get("count").asInt()).isEqualTo(7);
        assertThat(body.get("tags").get(0).asString()).isEqualTo("ent-42");
        assertThat(body.get("tags").get(1).asInt()).isEqualTo(3);
        assertThat(body.get("nested").get("ref").asString()).isEqualTo("ent-42");
        assertThat(seen.get(2).method()).isEqualTo("GET");
        assertThat(seen.get(2).path()).isEqualTo("/api/v1/units/unit-2");
        assertThat(loader.variables()).containsKeys("enterpriseId", "n", "unitId");
        assertThat(marker).exists();

        // Only once: the marker stops a second load.
        assertThat(loader().loadOnce(file, marker)).isZero();
        assertThat(seen).hasSize(3);
    }

    @Test
    void aNon2xxAnswerFailsWithTheNameStatusAndBodyAndWritesNoMarker() throws Exception {
        Path file = demo("""
                [{"name": "first", "method": "POST", "path": "/api/v1/enterprises", "body": {}},
                 {"name": "the broken one", "method": "POST", "path": "/api/v1/broken", "body": {"x": 1}},
                 {"name": "never sent", "method": "POST", "path": "/api/v1/enterprises", "body": {}}]
                """);
        Path marker = dir.resolve("demo-loaded");
        assertThatThrownBy(() -> loader().loadOnce(file, marker))
                .isInstanceOf(DemoLoader.DemoLoadException.class)
                .hasMessageContaining("the broken one")
                .hasMessageContaining("409")
                .hasMessageContaining("Rule violated");
        assertThat(seen).hasSize(2);
        assertThat(marker).doesNotExist();
    }

    @Test
    void anUnknownPlaceholderOrAMissingCaptureFieldFailsClearly() throws Exception {
        assertThatThrownBy(() -> loader().load(demo("""
                [{"name": "uses x", "method": "GET", "path": "/api/v1/things/${x}"}]
                """))).hasMessageContaining("uses x").hasMessageContaining("${x}");
        assertThatThrownBy(() -> loader().load(demo("""
                [{"name": "captures nope", "method": "POST", "path": "/api/v1/enterprises", "body": {},
                  "capture": {"v": "nope"}}]
                """))).hasMessageContaining("captures nope").hasMessageContaining("'nope'");
    }

    @Test
    void retriesWhileTheGatewayHasNoRouteYet() throws Exception {
        assertThat(loader().load(demo("""
                [{"name": "flaky", "method": "POST", "path": "/api/v1/flaky", "body": {}}]
                """))).isEqualTo(1);
        assertThat(seen).hasSize(3);
    }

    @Test
    void callersGetATokenFromTheIssuerAndIdentityHeadersAreNeverSent() throws Exception {
        URI base = URI.create("http://localhost:" + server.getAddress().getPort() + "/");
        DemoLoader loader = new DemoLoader(base, new DevTokens(base), new PrintStream(output, true, StandardCharsets.UTF_8),
                Duration.ofSeconds(10));
        loader.load(demo("""
                [{"name": "as a demo user", "method": "POST", "path": "/api/v1/enterprises", "as": "wang.fang", "body": {}},
                 {"name": "legacy headers", "method": "GET", "path": "/api/v1/units",
                  "headers": {"X-DP-User": "li.na", "X-DP-Group": "g1", "X-DP-Enterprises": "${enterpriseId}",
                              "X-DP-Roles": "INSPECTOR"}, "capture": {}},
                 {"name": "anonymous", "method": "GET", "path": "/api/v1/public"}]
                """.replace("${enterpriseId}", "ent-1")));
        List<Seen> api = seen.stream().filter(s -> s.path().startsWith("/api/")).toList();
        assertThat(api.get(0).authorization()).isEqualTo("Bearer tok[user=wang.fang]");
        assertThat(api.get(1).authorization()).startsWith("Bearer tok[").contains("sub=li.na", "group=g1",
                "enterprises=ent-1", "roles=INSPECTOR");
        assertThat(api.get(1).user()).as("no identity header reaches the gateway").isNull();
        assertThat(api.get(1).enterprises()).isNull();
        assertThat(api.get(2).authorization()).isNull();
    }

    @Test
    void anEmptyOrMissingFileLoadsNothingAndWritesNoMarker() throws Exception {
        Path marker = dir.resolve("demo-loaded");
        assertThat(loader().loadOnce(demo("[]"), marker)).isZero();
        assertThat(loader().loadOnce(dir.resolve("absent.json"), marker)).isZero();
        assertThat(marker).doesNotExist();
        assertThat(seen).isEmpty();
    }

    @Test
    void theCompanyCodesOfTheDemoEnterprisesNameWhomTheLocalSandboxReceiverServes() throws IOException {
        Path file = Files.createTempFile("demo", ".json");
        Files.writeString(file, """
                [{"name":"e1","method":"POST","path":"/api/v1/enterprises","as":"wang.fang","body":{"name":"A","companyCode":"410800001"}},
                 {"name":"d","method":"POST","path":"/api/v1/org/units","as":"wang.fang","body":{"enterpriseId":"${e1}","companyCode":"x"}},
                 {"name":"e2","method":"POST","path":"/api/v1/enterprises","as":"wang.fang","body":{"name":"B","companyCode":"140400002"}},
                 {"name":"e2 again","method":"PUT","path":"/api/v1/enterprises","as":"wang.fang","body":{"companyCode":"999"}}]
                """);
        try {
            assertThat(DemoLoader.companyCodes(file)).containsExactly("410800001", "140400002");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void theShippedDemoGroupHasFiveEnterprises() throws IOException {
        Path shipped = Path.of("../local/demo/demo.json");
        assertThat(DemoLoader.companyCodes(shipped)).hasSize(5).allMatch(code -> code.matches("\\d{9}"));
    }
}
