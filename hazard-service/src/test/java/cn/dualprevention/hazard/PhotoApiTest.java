package cn.dualprevention.hazard;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hazard photos through the API: uploaded (type by content, size limited — 64KB in the tests), served back with their
 * content type to the enterprise's callers only, referred to from the hazard and its history; an unknown or foreign
 * photo id is a 400 naming it.
 */
@ServiceTest
class PhotoApiTest {

    @LocalServerPort
    int port;

    String group;
    ApiClient inspector;

    @BeforeEach
    void caller() {
        group = "group-" + UUID.randomUUID();
        inspector = ApiClient.as("http://localhost:" + port, "wang.qiang", group).withRoles("INSPECTOR");
    }

    @Test
    void aPhotoIsStoredAndServedBackWithItsContentTypeToItsEnterpriseOnly() {
        String enterpriseId = "ent-" + UUID.randomUUID();
        byte[] png = png();
        ApiClient.Response uploaded = inspector.postBytes("/api/v1/hazards/photos?enterpriseId=" + enterpriseId, "image/png", png);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode photo = uploaded.json();
        assertThat(photo.get("contentType").asString()).isEqualTo("image/png");
        assertThat(photo.get("size").asLong()).isEqualTo(png.length);
        assertThat(photo.get("url").asString()).isEqualTo("/api/v1/hazards/photos/" + photo.get("id").asString());

        ApiClient.Response served = inspector.get(photo.get("url").asString());
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).isEqualTo("image/png");
        assertThat(inspector.getBytes(photo.get("url").asString())).isEqualTo(png);

        ApiClient stranger = ApiClient.as("http://localhost:" + port, "someone", "another-group").withRoles("INSPECTOR");
        assertThat(stranger.get(photo.get("url").asString()).status()).isEqualTo(404);
        assertThat(inspector.get("/api/v1/hazards/photos/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    /** Exchange-service's own identity (SERVICE, group "*") fetches a photo of any group; a person of another group gets 404. */
    @Test
    void aSuiteServiceReadsAPhotoOfAnyGroupAPersonOfAnotherGroupDoesNot() {
        String base = "http://localhost:" + port;
        String enterpriseId = "ent-" + UUID.randomUUID();
        byte[] png = png();
        ApiClient.Response uploaded = inspector.postBytes("/api/v1/hazards/photos?enterpriseId=" + enterpriseId, "image/png", png);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String url = uploaded.json().get("url").asString();
        ApiClient service = ApiClient.asService(base, "dp-exchange-service");

        ApiClient.Response served = service.get(url);
        assertThat(served.status()).as(served.body()).isEqualTo(200);
        assertThat(served.contentType()).isEqualTo("image/png");
        assertThat(service.getBytes(url)).isEqualTo(png);

        ApiClient.Response stranger = ApiClient.as(base, "someone", "group-" + UUID.randomUUID())
                .withRoles("SAFETY_MANAGER", "GROUP_ADMIN").get(url);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.isProblem()).isTrue();
        assertThat(service.get("/api/v1/hazards/photos/" + UUID.randomUUID()).status()).isEqualTo(404);
        // the service's identity opens the photo only: uploading, the ledger and the hazards stay closed to it
        ApiClient.Response upload = service.postBytes("/api/v1/hazards/photos?enterpriseId=" + enterpriseId, "image/png", png);
        assertThat(upload.status()).isEqualTo(403);
        assertThat(upload.isProblem()).isTrue();
        assertThat(service.get("/api/v1/hazards?enterpriseId=" + enterpriseId).status()).isEqualTo(403);
    }

    @Test
    void aWrongTypeAFakePictureAndATooLargeOneAreRefusedAsProblems() {
        String path = "/api/v1/hazards/photos?enterpriseId=ent-" + UUID.randomUUID();
        ApiClient.Response gif = inspector.postBytes(path, "image/gif", "GIF89a....".getBytes());
        assertThat(gif.status()).isEqualTo(400);
        assertThat(gif.isProblem()).isTrue();
        assertThat(gif.firstError()).isEqualTo("contentType/image-type");

        ApiClient.Response disguised = inspector.postBytes(path, "image/jpeg", "<html><script>alert(1)</script></html>".getBytes());
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.firstError()).isEqualTo("body/content-matches-type");
        ApiClient.Response pngAsJpeg = inspector.postBytes(path, "image/jpeg", png());
        assertThat(pngAsJpeg.firstError()).isEqualTo("body/content-matches-type");

        byte[] large = Arrays.copyOf(png(), 64 * 1024 + 1);
        ApiClient.Response tooLarge = inspector.postBytes(path, "image/png", large);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.isProblem()).isTrue();
        assertThat(tooLarge.firstError()).isEqualTo("body/max-size");
        assertThat(inspector.postBytes(path, "image/png", Arrays.copyOf(png(), 64 * 1024)).status()).isEqualTo(201);

        assertThat(inspector.postBytes("/api/v1/hazards/photos", "image/png", png()).firstError()).isEqualTo("enterpriseId/required");
    }

    @Test
    void aHazardRefersOnlyToPhotosOfItsOwnEnterprise() {
        String enterpriseId = "ent-" + UUID.randomUUID();
        String own = upload(inspector, enterpriseId);
        String foreign = upload(inspector, "ent-" + UUID.randomUUID());
        ApiClient.Response withForeign = inspector.post("/api/v1/hazards", hazard(enterpriseId, own, foreign));
        assertThat(withForeign.status()).isEqualTo(400);
        assertThat(withForeign.firstError()).isEqualTo("photoIds[1]/exists");
        assertThat(inspector.post("/api/v1/hazards", hazard(enterpriseId, "made-up")).firstError()).isEqualTo("photoIds[0]/exists");

        JsonNode hazard = inspector.post("/api/v1/hazards", hazard(enterpriseId, own)).json();
        assertThat(hazard.get("photoIds").get(0).asString()).isEqualTo(own);
        String id = hazard.get("id").asString();
        ApiClient.Response badAfter = inspector.post("/api/v1/hazards/" + id + "/fix-on-the-spot",
                "{\"description\":\"当场紧固\",\"afterPhotoIds\":[\"" + foreign + "\"]}");
        assertThat(badAfter.firstError()).isEqualTo("afterPhotoIds[0]/exists");
        assertThat(inspector.get("/api/v1/hazards/" + id).json().get("state").asString()).isEqualTo("AWAITING_CONFIRMATION");
        String after = upload(inspector, enterpriseId);
        JsonNode fixed = inspector.post("/api/v1/hazards/" + id + "/fix-on-the-spot",
                "{\"description\":\"当场紧固\",\"afterPhotoIds\":[\"" + after + "\"]}").json();
        assertThat(fixed.get("afterPhotoIds").get(0).asString()).isEqualTo(after);
        JsonNode history = inspector.get("/api/v1/hazards/" + id + "/history").json();
        assertThat(history.get(0).get("evidence").get(0).asString()).isEqualTo(own);
        assertThat(history.get(1).get("evidence").get(0).asString()).isEqualTo(after);
    }

    /** Uploads a PNG for the enterprise and returns its id. */
    static String upload(ApiClient caller, String enterpriseId) {
        ApiClient.Response uploaded = caller.postBytes("/api/v1/hazards/photos?enterpriseId=" + enterpriseId, "image/png", png());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().get("id").asString();
    }

    static String hazard(String enterpriseId, String... photoIds) {
        return """
                {"enterpriseId":"%s","level":"GENERAL","source":"1","hazardType":"7","description":"BOG压缩机出口阀门填料泄漏",
                 "photoIds":["%s"]}""".formatted(enterpriseId, String.join("\",\"", photoIds));
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x00FF00);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
