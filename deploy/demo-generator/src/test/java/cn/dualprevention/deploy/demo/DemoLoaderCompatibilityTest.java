package cn.dualprevention.deploy.demo;

import cn.dualprevention.deploy.local.DemoLoader;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated file, sent by the real DemoLoader to a fake gateway that answers every request with a fresh id:
 * the file parses, every placeholder resolves, and every id sent is one the "gateway" issued earlier.
 */
class DemoLoaderCompatibilityTest {

    private static final Pattern ID = Pattern.compile("id-\\d+");

    record Received(String method, String path, String body) {
    }

    @Test
    void demoLoaderResolvesEveryPlaceholderOfTheGeneratedList(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("demo.json");
        try (OutputStream os = Files.newOutputStream(file); JsonRequestWriter w = new JsonRequestWriter(os, true)) {
            new GroupGenerator(Size.SMALL, 42, true, LocalDate.of(2026, 1, 1)).generate(w);
        }
        List<Received> received = Collections.synchronizedList(new ArrayList<>());
        List<String> issued = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), body));
            String id = "id-" + issued.size();
            issued.add(id);
            byte[] answer = ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 201 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try {
            DemoLoader loader = new DemoLoader(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                    new PrintStream(new ByteArrayOutputStream()), Duration.ofSeconds(5));
            int sent = loader.load(file);
            GenerateDemo.Counts counts = new GenerateDemo.Counts();
            new GroupGenerator(Size.SMALL, 42, true, LocalDate.of(2026, 1, 1)).generate(counts);
            assertThat(sent).isEqualTo(counts.total()).isEqualTo(received.size());
        } finally {
            server.stop(0);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < received.size(); i++) {
            Received r = received.get(i);
            assertThat(r.path() + r.body()).as(r.path()).doesNotContain("${");
            Matcher m = ID.matcher(r.path() + " " + r.body());
            while (m.find()) {
                int n = Integer.parseInt(m.group().substring(3));
                assertThat(n).as("%s refers to an id issued before it", r.path()).isLessThan(i);
                seen.add(m.group());
            }
        }
        assertThat(received.get(0).path()).isEqualTo("/api/v1/enterprises");
        assertThat(received.stream().filter(r -> r.method().equals("PUT")).map(Received::path))
                .allMatch(p -> p.matches("/api/v1/inspection-tasks/by-measure/id-\\d+/schedule"));
        assertThat(seen).isNotEmpty();
    }
}
