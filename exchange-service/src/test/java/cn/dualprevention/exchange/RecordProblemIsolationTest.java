package cn.dualprevention.exchange;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static cn.dualprevention.exchange.SourceEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A hub that answers a record problem without naming the record (500 with a date-format error for the whole batch):
 * the batch is halved until the bad record stands alone; it alone is rejected with the hub's message, the rest goes.
 */
@ServiceTest
class RecordProblemIsolationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, String> kafka;
    @LocalServerPort
    int port;
    private HttpServer hub;

    @AfterEach
    void stopHub() {
        if (hub != null) {
            hub.stop(0);
        }
    }

    @Test
    void aBadRecordTheHubDoesNotNameIsIsolatedAndRejectedAlone() throws IOException {
        String unitId = newId();
        List<String> events = List.of(newId(), newId(), newId(), newId(), newId());
        String poisoned = events.get(3);
        Set<String> stored = ConcurrentHashMap.newKeySet();
        hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hub.createContext("/hub", exchange -> {
            JsonNode records = JSON.readTree(decrypt(JSON.readTree(exchange.getRequestBody().readAllBytes()).get("datas").asString()));
            List<String> ids = new ArrayList<>();
            records.forEach(record -> ids.add(record.get("id").asString()));
            String answer;
            int status;
            if (ids.contains(poisoned)) {
                status = 500;
                answer = "{\"code\":500,\"error\":\"DATE_FORMAT\",\"msg\":\"日期格式错误 (date format)\"}";
            } else {
                status = 200;
                stored.addAll(ids);
                answer = "{\"code\":200,\"data\":[" + String.join(",", ids.stream()
                        .map(id -> "{\"id\":\"" + id + "\",\"success\":true,\"msg\":\"ok\"}").toList()) + "]}";
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        hub.start();

        SourceEvents source = new SourceEvents(kafka, "group-isolation").registered("410100301", "91410100MA44XXK301");
        source.unit("risk.unit.created.v1", unitId, 1, Instant.now(), "张伟");
        events.forEach(event -> source.riskEvent(event, unitId));
        ApiClient api = ApiClient.as("http://localhost:" + port, "admin", "group-isolation").withRoles("GROUP_ADMIN");
        String receiverId = await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/v1/receivers", """
                {"name":"不说明记录的平台","enterpriseId":"%s","profile":"http-batch","baseUrl":"http://127.0.0.1:%d/hub","credentials":"sandbox-a"}
                """.formatted(source.enterpriseId, hub.getAddress().getPort())), r -> r.status() == 201).json().get("id").asString();

        JsonNode rejected = await().atMost(Duration.ofSeconds(60)).until(
                () -> api.get("/api/v1/deliveries?receiverId=" + receiverId + "&state=REJECTED").json(), rows -> rows.size() == 1);
        assertThat(rejected.get(0).get("recordId").asString()).isEqualTo(poisoned);
        assertThat(rejected.get(0).get("message").asString()).contains("DATE_FORMAT").contains("日期格式错误");
        await().atMost(Duration.ofSeconds(60)).until(() -> stored.size() == 1 + events.size() - 1);
        assertThat(stored).contains(unitId).containsAll(events.stream().filter(e -> !e.equals(poisoned)).toList())
                .doesNotContain(poisoned);
        api.delete("/api/v1/receivers/" + receiverId);
    }

    /** The hub's side of the envelope, with the key and IV of secret set sandbox-a. */
    private static String decrypt(String datas) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec("DpSandboxKey0001".getBytes(StandardCharsets.UTF_8), "AES"),
                    new IvParameterSpec("DpSandboxIv00001".getBytes(StandardCharsets.UTF_8)));
            return new String(cipher.doFinal(Base64.getDecoder().decode(datas)), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
