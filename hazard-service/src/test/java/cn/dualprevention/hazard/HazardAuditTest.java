package cn.dualprevention.hazard;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static cn.dualprevention.hazard.HazardLoopApiTest.hazard;
import static cn.dualprevention.hazard.HazardLoopApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 审计留痕: accepting a hazard is kept with who accepted it and the state before and after. */
@ServiceTest
class HazardAuditTest {

    @LocalServerPort
    int port;

    @Test
    void acceptingAHazardLeavesAnAuditEntryWithActorAndBeforeAndAfter() {
        String group = "group-" + UUID.randomUUID();
        ApiClient inspector = ApiClient.as("http://localhost:" + port, "wang.qiang", group).withRoles("INSPECTOR");
        ApiClient manager = ApiClient.as("http://localhost:" + port, "li.na", group).withRoles("SAFETY_MANAGER");
        String enterpriseId = "ent-" + UUID.randomUUID();
        String id = ok(inspector.post("/api/v1/hazards", hazard(enterpriseId, "GENERAL"))).get("id").asString();
        ok(inspector.post("/api/v1/hazards/" + id + "/fix-on-the-spot", "{\"description\":\"当场紧固\"}"));
        ok(manager.post("/api/v1/hazards/" + id + "/accept", "{\"comment\":\"现场复查无泄漏\"}"));

        JsonNode accept = await().atMost(Duration.ofSeconds(30)).until(() -> acceptEntry(manager, id), e -> e != null);
        assertThat(accept.get("actor").asString()).isEqualTo("li.na");
        assertThat(accept.get("enterpriseId").asString()).isEqualTo(enterpriseId);
        assertThat(accept.get("result").asString()).isEqualTo("accepted");
        JsonNode state = change(accept, "state");
        assertThat(state.get("before").asString()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(state.get("after").asString()).isEqualTo("ACCEPTED");
    }

    /** The entry of the request that accepted the hazard (POST .../accept), once it is in the trail. */
    private static JsonNode acceptEntry(ApiClient client, String hazardId) {
        ApiClient.Response response = client.get("/api/v1/audit?aggregateId=" + hazardId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        for (JsonNode entry : response.json()) {
            if (entry.get("path").asString().endsWith("/accept")) {
                return entry;
            }
        }
        return null;
    }

    private static JsonNode change(JsonNode entry, String field) {
        for (JsonNode change : entry.get("changes")) {
            if (change.get("field").asString().equals(field)) {
                return change;
            }
        }
        throw new AssertionError("no change of " + field + " in " + entry);
    }
}
