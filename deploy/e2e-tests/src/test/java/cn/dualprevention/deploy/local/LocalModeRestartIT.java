package cn.dualprevention.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.bson.Document;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dualprevention.e2e.support.E2eIdentity;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * Local mode's promise to a user: the real suite (in the same package as the launcher, so it can use its probes)
 * starts on free ports in a temp dir, every service registers, the demo loads once, and after a stop a second
 * start keeps the data. Optionally {@code -Ddp.local.aotDir=<dir>} shares AOT caches between runs.
 *
 * <p>It starts and stops suites of its own, so it runs first (src/test/resources/junit-platform.properties orders
 * the classes), before the other classes start the {@code SharedSuite} they share.
 */
@Order(1)
class LocalModeRestartIT {

    @TempDir
    Path data;

    @Test
    void startsEverythingStopsAndStartsAgainWithTheData() throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        String aotDir = System.getProperty("dp.local.aotDir");
        LocalSuite.Builder builder = LocalSuite.builder()
                .home(home())
                .dataDir(data)
                .ports(Ports.allFree())
                .output(new PrintStream(progress, true, StandardCharsets.UTF_8));
        if (aotDir != null && !aotDir.isBlank()) {
            builder.aotDir(Path.of(aotDir));
        } else {
            builder.aot(AotCache.Mode.OFF);
        }
        String enterprises;
        try (RunningSuite suite = builder.start()) {
            E2eIdentity.configureFor(suite);
            assertThat(suite.isHealthy()).isTrue();
            assertThat(suite.gatewayUrl()).startsWith("http://localhost:").doesNotEndWith(":8080");
            assertThat(Probes.eurekaAppsUp(suite.ports().get("registry"))).contains("GATEWAY", "RISK-SERVICE",
                    "INSPECTION-SERVICE", "HAZARD-SERVICE", "ASSESSMENT-SERVICE", "EXCHANGE-SERVICE");
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", suite.kafkaBootstrap()))) {
                assertThat(admin.describeCluster().nodes().get()).hasSize(1);
            }
            try (MongoClient mongo = MongoClients.create(suite.mongoUri())) {
                assertThat(mongo.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok")).isNotNull();
            }
            assertThat(data.resolve("demo-loaded")).exists();
            assertThat(suite.summary()).contains(suite.gatewayUrl() + "/swagger-ui.html", suite.kafkaBootstrap());
            enterprises = enterprises(suite);
            assertThat(enterprises).startsWith("[").contains("\"id\"");
        }
        assertThat(new PidFile(data).read()).isEmpty();

        try (RunningSuite again = LocalSuite.builder().home(home()).dataDir(data).ports(Ports.allFree()).aot(AotCache.Mode.OFF)
                .output(new PrintStream(progress, true, StandardCharsets.UTF_8)).start()) {
            E2eIdentity.configureFor(again);
            assertThat(again.demoRequestsLoaded()).isZero();
            assertThat(enterprises(again)).isEqualTo(enterprises);
        }
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("already loaded");
    }

    private static Path home() {
        return Path.of(System.getProperty("dp.home", "../..")).toAbsolutePath().normalize();
    }

    private static String enterprises(RunningSuite suite) throws Exception {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(
                        URI.create(suite.gatewayUrl() + "/api/v1/enterprises"))
                .timeout(Duration.ofSeconds(30)).GET();
        E2eIdentity.Caller.groupWide("wang.fang", "zhongyuan-energy-group", "GROUP_ADMIN").headers().forEach(builder::header);
        java.net.http.HttpRequest request = builder.build();
        HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }
}
