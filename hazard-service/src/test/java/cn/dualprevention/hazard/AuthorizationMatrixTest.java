package cn.dualprevention.hazard;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.AuthorizationMatrix;
import cn.dualprevention.platform.test.ServiceTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, acceptance 2: every operation of hazard-service's OpenAPI document × every role × own/foreign tenant
 * (and no token), against a hazard (with its photo) an inspector of the own enterprise registered through the API.
 */
@ServiceTest
class AuthorizationMatrixTest {

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyOperationTimesEveryRoleAndTenant() {
        String base = "http://localhost:" + port;
        String group = "matrix-group-" + UUID.randomUUID();
        String enterpriseId = "matrix-ent-" + UUID.randomUUID();
        ApiClient inspector = ApiClient.as(base, "wang.qiang", group, enterpriseId).withRoles("INSPECTOR");
        ApiClient.Response photo = inspector.postBytes("/api/v1/hazards/photos?enterpriseId=" + enterpriseId, "image/png",
                PhotoApiTest.png());
        assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        String photoId = photo.json().get("id").asString();
        ApiClient.Response hazard = inspector.post("/api/v1/hazards", HazardLoopApiTest.hazard(enterpriseId, "GENERAL")
                .replace("\"cause\"", "\"photoIds\":[\"" + photoId + "\"],\"cause\""));
        assertThat(hazard.status()).as(hazard.body()).isEqualTo(201);
        String hazardId = hazard.json().get("id").asString();

        return AuthorizationMatrix.of(base, group, enterpriseId)
                .id("id", hazardId)
                .id("photoId", photoId)
                .query("enterpriseId", enterpriseId)
                .ownedIds(enterpriseId)
                // valid bodies, so that the tenant check (not the validation) answers the foreign callers
                .body("POST", "/api/v1/hazards/{id}/reject", "{\"reason\":\"非隐患\"}")
                .body("POST", "/api/v1/hazards/{id}/send-back", "{\"reason\":\"整改不到位\"}")
                .body("POST", "/api/v1/hazards/{id}/reopen", "{\"reason\":\"复查仍泄漏\"}")
                .body("POST", "/api/v1/hazards/{id}/fix-on-the-spot", "{\"description\":\"当场紧固\"}")
                .body("POST", "/api/v1/hazards/{id}/submit", "{\"description\":\"更换填料\"}")
                .body("POST", "/api/v1/hazards/{id}/accept", "{\"comment\":\"现场复查无泄漏\"}")
                .body("POST", "/api/v1/hazards/{id}/extension-request",
                        "{\"requestedDeadline\":\"" + LocalDate.now().plusDays(40) + "\",\"reason\":\"备件到货延迟\"}")
                .body("POST", "/api/v1/hazards/{id}/extension-decision", "{\"approved\":true,\"comment\":\"同意\"}")
                .run()
                .writeTo(Path.of("target", "authorization-matrix.txt"))
                .dynamicTests();
    }
}
