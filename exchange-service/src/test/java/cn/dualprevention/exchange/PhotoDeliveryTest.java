package cn.dualprevention.exchange;

import cn.dualprevention.platform.identity.ServiceIdentity;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.sandbox.SandboxReceiver;
import cn.dualprevention.sandbox.SandboxSettings;
import cn.dualprevention.sandbox.hub.application.Batch;
import cn.dualprevention.sandbox.hub.domain.Account;
import cn.dualprevention.sandbox.hub.domain.AttachmentFormat;
import cn.dualprevention.sandbox.hub.domain.HeldRecord;
import cn.dualprevention.sandbox.hub.domain.ReceiverProfile;
import cn.dualprevention.sandbox.hub.domain.RecordType;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static cn.dualprevention.exchange.SourceEvents.HAZARD;
import static cn.dualprevention.exchange.SourceEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 隐患照片 to the regulator: a hidden-danger record refers to its photos; when it goes to an http-batch hub the photos are
 * fetched from the services that keep them (here a stub of hazard-service and inspection-service, found through the
 * load balancer) with exchange-service's own bearer token, and arrive as base64 under {@code attachments1/2} — or as data
 * URLs under {@code dangerImg/dangerAcceptImg} for a receiver that wants that. A photo service that is down keeps the
 * record pending until it is back; a photo it does not have holds the record with a reason; photos in one batch are
 * bounded by bytes.
 */
@ServiceTest
class PhotoDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TOKEN = "exchange-service-token-for-tests";
    private static final Account ACCOUNT = new Account("ent-a", "Sandbox-Secret-A1!", "DpSandboxKey0001", "DpSandboxIv00001");
    private static final PhotoServices photos = PhotoServices.start();
    private static final SandboxReceiver sandbox = SandboxReceiver.start(SandboxSettings.of(
            ReceiverProfile.named("photos").account(ACCOUNT).build(),
            ReceiverProfile.named("photos-variant").account(ACCOUNT).attachmentFields("dangerImg", "dangerAcceptImg")
                    .attachmentFormat(AttachmentFormat.DATA_URL).build(),
            ReceiverProfile.named("photos-outage").account(ACCOUNT).build(),
            ReceiverProfile.named("photos-missing").account(ACCOUNT).build(),
            ReceiverProfile.named("photos-bounded").account(ACCOUNT).build()));

    @DynamicPropertySource
    static void photoServicesInTheRegistry(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.enabled", () -> "true");
        registry.add("spring.cloud.discovery.client.simple.instances.hazard-service[0].uri", photos::url);
        registry.add("spring.cloud.discovery.client.simple.instances.inspection-service[0].uri", photos::url);
        registry.add("dp.exchange.photos.max-batch-bytes", () -> "2KB");
    }

    /** exchange-service's service identity (the real one is an OAuth2 client of the issuer). */
    @TestConfiguration
    static class Identity {
        @Bean
        @Primary
        ServiceIdentity testServiceIdentity() {
            return () -> TOKEN;
        }
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int port;

    private final List<String> receivers = new ArrayList<>();

    @AfterEach
    void receiversGone() {
        photos.down = false;
        receivers.forEach(id -> api().delete("/api/v1/receivers/" + id));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        photos.server.stop(0);
    }

    @Test
    void theHazardsPhotoArrivesAsBase64UnderAttachments1AndAnAfterPhotoOfAnotherFormatAsAJpeg() {
        SourceEvents source = new SourceEvents(kafka, "group-photos").registered("410100301", "91410100MA44XXK301");
        byte[] found = photos.hazard("p-" + newId(), jpegLike(1200));
        String foundId = photos.lastId;
        photos.hazard("a-" + newId(), gif());
        String afterId = photos.lastId;
        String receiverId = receiver(source, "photos", "");
        String hazardId = newId();
        awaitingAcceptance(source, hazardId, List.of(foundId), List.of(), List.of(afterId));

        JsonNode delivery = await().atMost(WAIT).until(() -> api().get("/api/v1/deliveries?receiverId=" + receiverId
                + "&recordType=hiddenDanger").json(), rows -> rows.size() == 1 && rows.get(0).get("state").asString().equals("ACCEPTED"))
                .get(0);
        HeldRecord held = sandbox.records().find("photos", RecordType.HIDDEN_DANGER, hazardId).orElseThrow();
        assertThat(held.held()).isTrue();
        assertThat(held.fields().get("attachments1")).isEqualTo(asKeptByTheHub(Base64.getEncoder().encodeToString(found)));
        assertThat((String) held.fields().get("attachments2")).startsWith("[photo, "); // a JPEG: the hub checks the bytes
        assertThat(held.fields()).doesNotContainKeys("dangerImg", "dangerAcceptImg");
        assertThat(photos.requests).contains("/api/v1/hazards/photos/" + foundId + " Bearer " + TOKEN,
                "/api/v1/hazards/photos/" + afterId + " Bearer " + TOKEN);
        // the kept record names the photos, never their bytes
        assertThat(delivery.get("record").get("attachments1").get(0).asString()).isEqualTo("hazard-service:" + foundId);
        assertThat(meters.get("dp.exchange.photos").tag("receiver", receiverId).tag("outcome", "reencoded").counter().count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void theInspectionRecordsPhotoGoesAsADataUrlUnderDangerImgToAReceiverThatWantsThat() {
        SourceEvents source = new SourceEvents(kafka, "group-photos").registered("410100302", "91410100MA44XXK302");
        String receiverId = receiver(source, "photos-variant", """
                ,"attachmentsAsDataUrl":true,
                "fieldNames":{"hiddenDanger.attachments1":"dangerImg","hiddenDanger.attachments2":"dangerAcceptImg"}""");
        String unitId = newId();
        String eventId = newId();
        String measureId = newId();
        String taskId = newId();
        String recordId = newId();
        String hazardId = newId();
        source.unit("risk.unit.created.v1", unitId, 1, Instant.now(), "张伟").riskEvent(eventId, unitId)
                .measure(measureId, eventId, unitId).task(taskId, measureId, unitId)
                .checked(recordId, taskId, measureId, unitId, "HAZARD_FOUND");
        byte[] recordPhoto = photos.inspection("r-" + newId(), png());
        String recordPhotoId = photos.lastId;
        byte[] after = photos.hazard("a-" + newId(), jpegLike(900));
        String afterId = photos.lastId;
        source.hazard(hazardId, 1, recordId, taskId, measureId, unitId, "photoIds", List.of(), "recordPhotoIds",
                List.of(recordPhotoId), "afterPhotoIds", List.of(afterId), "state", "AWAITING_ACCEPTANCE", "nationalState", "1");

        HeldRecord held = await().atMost(WAIT).until(() -> sandbox.records().find("photos-variant", RecordType.HIDDEN_DANGER, hazardId)
                .filter(HeldRecord::held), java.util.Optional::isPresent).orElseThrow();
        assertThat(held.fields().get("dangerImg"))
                .isEqualTo(asKeptByTheHub("data:image/png;base64," + Base64.getEncoder().encodeToString(recordPhoto)));
        assertThat(held.fields().get("dangerAcceptImg"))
                .isEqualTo(asKeptByTheHub("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(after)));
        assertThat(held.fields()).doesNotContainKeys("attachments1", "attachments2");
        assertThat(photos.requests).contains("/api/v1/inspection-photos/" + recordPhotoId + " Bearer " + TOKEN);
        assertThat(sandbox.records().rejects("photos-variant")).isEmpty();
        await().atMost(WAIT).until(() -> api().get("/api/v1/deliveries?receiverId=" + receiverId + "&state=ACCEPTED").json().size() == 6);
    }

    @Test
    void whileThePhotoServiceIsDownTheRecordWaitsAndGoesOutWithItsPhotoWhenItIsBack() {
        SourceEvents source = new SourceEvents(kafka, "group-photos").registered("410100303", "91410100MA44XXK303");
        byte[] found = photos.hazard("p-" + newId(), jpegLike(700));
        String foundId = photos.lastId;
        String receiverId = receiver(source, "photos-outage", "");
        photos.down = true;
        String hazardId = newId();
        awaitingAcceptance(source, hazardId, List.of(foundId), List.of(), List.of());
        ApiClient api = api();
        String rows = "/api/v1/deliveries?receiverId=" + receiverId + "&recordType=hiddenDanger";

        await().atMost(WAIT).until(() -> api.get(rows).json(), found1 -> found1.size() == 1
                && found1.get(0).get("state").asString().equals("PENDING") && found1.get(0).get("attempts").asInt() >= 2
                && found1.get(0).path("message").asString("").startsWith("photo service fault"));
        assertThat(sandbox.records().find("photos-outage", RecordType.HIDDEN_DANGER, hazardId)).isEmpty();
        assertThat(sandbox.records().timesReceived("photos-outage", hazardId)).isZero(); // never sent without its photo

        photos.down = false;
        await().atMost(WAIT).until(() -> api.get(rows).json().get(0).get("state").asString().equals("ACCEPTED"));
        assertThat(sandbox.records().find("photos-outage", RecordType.HIDDEN_DANGER, hazardId).orElseThrow().fields())
                .containsEntry("attachments1", asKeptByTheHub(Base64.getEncoder().encodeToString(found)));
    }

    @Test
    void aPhotoTheServiceDoesNotHaveHoldsTheRecordWithAReasonAndItGoesOnRequestOnceThePhotoIsBack() {
        SourceEvents source = new SourceEvents(kafka, "group-photos").registered("410100304", "91410100MA44XXK304");
        String lostId = "lost-" + newId();
        String receiverId = receiver(source, "photos-missing", "");
        String hazardId = newId();
        awaitingAcceptance(source, hazardId, List.of(lostId), List.of(), List.of());
        ApiClient api = api();
        String rows = "/api/v1/deliveries?receiverId=" + receiverId + "&recordType=hiddenDanger";

        JsonNode held = await().atMost(WAIT).until(() -> api.get(rows).json(),
                found -> found.size() == 1 && found.get(0).get("state").asString().equals("HELD")).get(0);
        assertThat(held.get("holdReasons").get(0).asString())
                .startsWith("photo attachments1: hazard-service:" + lostId + " was not found at hazard-service (404)")
                .contains("re-send");
        assertThat(sandbox.records().timesReceived("photos-missing", hazardId)).isZero();

        byte[] restored = photos.put("hazard-service", lostId, jpegLike(600));
        assertThat(api.post("/api/v1/deliveries/" + receiverId + "/hiddenDanger/" + hazardId + "/resend", "").status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> api.get(rows).json().get(0).get("state").asString().equals("ACCEPTED"));
        assertThat(sandbox.records().find("photos-missing", RecordType.HIDDEN_DANGER, hazardId).orElseThrow().fields())
                .containsEntry("attachments1", asKeptByTheHub(Base64.getEncoder().encodeToString(restored)));
    }

    @Test
    void photosInOneBatchAreBoundedByBytes() {
        SourceEvents source = new SourceEvents(kafka, "group-photos").registered("410100305", "91410100MA44XXK305");
        String definition = """
                {"name":"照片 photos-bounded","profile":"http-batch","baseUrl":"%s","integerCheckCycle":true,
                 "credentials":"sandbox-a","enabled":%s}""";
        String receiverId = receiver(source, "photos-bounded", ",\"enabled\":false");
        List<String> hazards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            photos.hazard("p-" + newId(), jpegLike(1200)); // 1,600 base64 characters: two exceed max-batch-bytes (2 KB)
            hazards.add(newId());
            awaitingAcceptance(source, hazards.getLast(), List.of(photos.lastId), List.of(), List.of());
        }
        // every hazard kept (the stream has them) before the receiver is switched on: its first round sends them together
        await().atMost(WAIT).until(() -> api().get("/api/v1/deliveries?recordType=hiddenDanger&state=ACCEPTED&enterpriseId="
                + source.enterpriseId).json().size() >= 3);
        assertThat(api().put("/api/v1/receivers/" + receiverId, definition.formatted(sandbox.profileUrl("photos-bounded"), true))
                .status()).isEqualTo(200);

        await().atMost(WAIT).until(() -> hazards.stream().allMatch(id ->
                sandbox.records().find("photos-bounded", RecordType.HIDDEN_DANGER, id).filter(HeldRecord::held).isPresent()));
        List<Batch> batches = sandbox.records().batches("photos-bounded", 100).stream()
                .filter(batch -> batch.type() == RecordType.HIDDEN_DANGER).toList();
        assertThat(batches).hasSize(3).allSatisfy(batch -> assertThat(batch.size()).isEqualTo(1));
    }

    /** A hazard reported directly (not on an inspection record), remediated and awaiting acceptance (national state 1). */
    private static void awaitingAcceptance(SourceEvents source, String hazardId, List<String> photoIds, List<String> recordPhotoIds,
                                           List<String> afterPhotoIds) {
        source.publish(HAZARD, "hazard.submitted.v1", hazardId, 3, Instant.now(), "hazardId", hazardId,
                "name", "储罐区消防通道堵塞", "level", "GENERAL", "source", "1", "hazardType", "5", "category", "0",
                "manageType", "BY_DEADLINE", "description", "3号储罐东侧消防通道堆放杂物", "state", "AWAITING_ACCEPTANCE",
                "nationalState", "1", "liablePerson", "赵磊", "deadline", "2026-03-31", "registrant", "王强",
                "registTime", "2026-03-02T01:35:00Z", "plan", "清理杂物", "photoIds", photoIds, "recordPhotoIds", recordPhotoIds,
                "afterPhotoIds", afterPhotoIds);
    }

    /** How the sandbox hub keeps a photo it accepted: its length and the start of its SHA-256. */
    private static String asKeptByTheHub(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "[photo, " + value.length() + " base64 characters, sha256 " + HexFormat.of().formatHex(digest, 0, 8) + "]";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A receiver of the enterprise, once exchange-service knows the enterprise (its registration is an event). */
    private String receiver(SourceEvents source, String profile, String extra) {
        String body = """
                {"name":"照片 %s","enterpriseId":"%s","profile":"http-batch","baseUrl":"%s","integerCheckCycle":true,
                 "credentials":"sandbox-a"%s}
                """.formatted(profile, source.enterpriseId, sandbox.profileUrl(profile), extra);
        ApiClient.Response created = await().atMost(WAIT).until(() -> api().post("/api/v1/receivers", body),
                answer -> answer.status() != 404);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        receivers.add(created.json().get("id").asString());
        return created.json().get("id").asString();
    }

    private ApiClient api() {
        return ApiClient.as("http://localhost:" + port, "admin", "group-photos").withRoles("SAFETY_MANAGER");
    }

    /** JPEG magic and noise: what the hub checks of a photo (magic bytes, size) without being a real picture. */
    private static byte[] jpegLike(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    private static byte[] png() {
        return picture("png");
    }

    private static byte[] gif() {
        return picture("gif");
    }

    private static byte[] picture(String format) {
        BufferedImage image = new BufferedImage(12, 9, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * hazard-service's {@code GET /api/v1/hazards/photos/{id}} and inspection-service's {@code GET /api/v1/inspection-photos/{id}}
     * on one port, with a switch that makes them answer 503; every request's path and bearer token is noted.
     */
    static final class PhotoServices {
        final HttpServer server;
        final Map<String, byte[]> kept = new ConcurrentHashMap<>();
        final List<String> requests = new CopyOnWriteArrayList<>();
        volatile boolean down;
        volatile String lastId;

        private PhotoServices(HttpServer server) {
            this.server = server;
        }

        static PhotoServices start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
                PhotoServices services = new PhotoServices(server);
                server.createContext("/api/v1/hazards/photos/", exchange -> services.serve(exchange, "hazard-service"));
                server.createContext("/api/v1/inspection-photos/", exchange -> services.serve(exchange, "inspection-service"));
                server.start();
                return services;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String url() {
            return "http://localhost:" + server.getAddress().getPort();
        }

        byte[] hazard(String id, byte[] bytes) {
            return put("hazard-service", id, bytes);
        }

        byte[] inspection(String id, byte[] bytes) {
            return put("inspection-service", id, bytes);
        }

        byte[] put(String service, String id, byte[] bytes) {
            kept.put(service + ":" + id, bytes);
            lastId = id;
            return bytes;
        }

        private void serve(HttpExchange exchange, String service) throws IOException {
            String path = exchange.getRequestURI().getPath();
            requests.add(path + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] photo = kept.get(service + ":" + path.substring(path.lastIndexOf('/') + 1));
            int status = down ? 503 : photo == null ? 404 : 200;
            byte[] body = status == 200 ? photo : "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "image/jpeg" : "application/problem+json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }
    }
}
