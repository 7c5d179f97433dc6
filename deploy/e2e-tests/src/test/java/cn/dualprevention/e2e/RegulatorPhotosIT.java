package cn.dualprevention.e2e;

import cn.dualprevention.deploy.local.RunningSuite;
import cn.dualprevention.e2e.support.Gateway;
import cn.dualprevention.e2e.support.Inspections;
import cn.dualprevention.e2e.support.Plant;
import cn.dualprevention.e2e.support.SharedSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7, the photos of a hidden danger (隐患照片 {@code attachments1}): an inspector records "hazard found" with a photo
 * on the phone; inspection-service keeps the photo, hazard-service registers the (major, so reported at once) hazard
 * referring to it, exchange-service builds the regulator's hiddenDanger record, fetches the photo from inspection-service
 * with its own service identity (client {@code dp-exchange-service} of the development issuer, role SERVICE) through the
 * registry, and the strict sandbox hub receives the record with exactly those photo bytes, base64, under
 * {@code attachments1} — through the gateway and the real services, as local mode runs them.
 */
@ExtendWith(SharedSuite.class)
class RegulatorPhotosIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** A profile of its own at the hub (one account serves one enterprise there), the spec's field names, bare base64. */
    private static final String PROFILE = "e2e-photos-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theHubReceivesTheHazardWithThePhotoTheInspectorTook(RunningSuite suite) {
        Gateway gateway = Gateway.at(suite.gatewayUrl());
        int sandboxPort = suite.ports().get("sandbox-receiver");
        String hub = "http://localhost:" + sandboxPort;
        assertThat(send(HttpRequest.newBuilder(URI.create(hub + "/admin/profiles/" + PROFILE))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"accounts":[{"user":"demo","password":"demo-secret","key":"DpSandboxKey0001","iv":"DpSandboxIv00001"}]}
                        """))).statusCode()).isEqualTo(200);

        Plant plant = Plant.register(gateway, "e2e-photos-" + UUID.randomUUID(), "zhao.min", "豫西硝基化工有限公司");
        String objectId = plant.majorHazardSource("硝化装置重大危险源");
        String unitId = plant.unit(objectId, "硝化反应釜区", "硝化车间", "陈刚");
        String eventId = plant.riskEvent(unitId, "硝化反应釜超温失控爆炸");
        String measureId = plant.inspectionMeasure(eventId, "反应釜设置温度高高联锁紧急冷却", "检查温度高高联锁投用、冷却水阀门开启");
        String taskId = plant.awaitTaskOf(measureId).get("id").asString();
        plant.scheduleHourlyOpeningSoon(taskId, "p-liu-yang");
        Gateway inspector = gateway.as(plant.inspector("p-liu-yang"));
        String recordId = Inspections.reportHazard(inspector, Inspections.awaitDueCycle(plant, inspector, taskId),
                "1号硝化釜冷却水进口阀门手轮脱落", "MAJOR");
        JsonNode hazard = Inspections.awaitHazardOfRecord(plant.manager(), plant.enterpriseId(), recordId);
        String hazardId = hazard.get("id").asString();
        String photoId = hazard.get("recordPhotoIds").get(0).asString();
        Gateway.Response photo = inspector.get("/api/v1/inspection-photos/" + photoId);
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.bytes()).isEqualTo(Inspections.png()); // the photo as the phone sent it

        String receiverId = plant.manager().post("/api/v1/receivers", """
                {"name":"省级平台（沙箱，照片）","profile":"http-batch","enterpriseId":"%s","baseUrl":"%s/%s",
                 "integerCheckCycle":true,"credentials":"sandbox"}""".formatted(plant.enterpriseId(), hub, PROFILE))
                .json(201).get("id").asString();

        AtomicReference<JsonNode> received = new AtomicReference<>();
        await("the hub holds the hiddenDanger with its photo").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    HttpResponse<String> answer = send(HttpRequest.newBuilder(
                            URI.create(hub + "/admin/records/" + PROFILE + "/hiddenDanger/" + hazardId)).GET());
                    if (answer.statusCode() != 200) {
                        JsonNode deliveries = plant.manager().get("/api/v1/deliveries?receiverId=" + receiverId
                                + "&recordType=hiddenDanger").json(200);
                        assertThat(answer.statusCode()).as("hub answer %s; our delivery: %s", answer.statusCode(), deliveries)
                                .isEqualTo(200);
                    }
                    JsonNode record = Gateway.JSON.readTree(answer.body());
                    assertThat(record.path("held").asBoolean()).as(answer.body()).isTrue();
                    received.set(record);
                });
        // the hub keeps a photo as its length and digest: the very bytes the inspector took, base64
        assertThat(received.get().path("fields").path("attachments1").asString())
                .isEqualTo(asKeptByTheHub(Base64.getEncoder().encodeToString(photo.bytes())));
        JsonNode delivery = plant.manager().get("/api/v1/deliveries?receiverId=" + receiverId + "&recordType=hiddenDanger")
                .json(200).get(0);
        assertThat(delivery.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(delivery.get("record").get("attachments1").get(0).asString()).isEqualTo("inspection-service:" + photoId);
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

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
