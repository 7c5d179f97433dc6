package cn.dualprevention.risk;

import cn.dualprevention.platform.test.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 审计留痕: a change of a risk unit is kept with who made it and what it was before and after. */
class RiskUnitAuditTest extends ApiTestSupport {

    @Test
    void renamingAUnitLeavesAnAuditEntryWithActorAndBeforeAndAfter() {
        String enterpriseId = registerEnterprise();
        ApiClient manager = safetyManager;
        ApiClient.Response created = manager.post("/api/v1/risk-units", """
                {"enterpriseId":"%s","hazardCode":"T-01","name":"1#LNG储罐","responsibleDepartment":"储运部",
                 "responsiblePerson":"张伟","riskLevel":"GENERAL","longitude":113.75,"latitude":34.72}""".formatted(enterpriseId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String unitId = created.json().get("id").asString();

        ApiClient.Response renamed = manager.put("/api/v1/risk-units/" + unitId, """
                {"hazardCode":"T-01","name":"1#LNG全容储罐","responsibleDepartment":"储运部","responsiblePerson":"李娜",
                 "longitude":113.75,"latitude":34.72}""");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);

        JsonNode update = await().atMost(Duration.ofSeconds(30)).until(
                () -> entry(manager, unitId, "update"), e -> e != null);
        assertThat(update.get("actor").asString()).isEqualTo("zhang.wei");
        assertThat(update.get("enterpriseId").asString()).isEqualTo(enterpriseId);
        assertThat(update.get("method").asString()).isEqualTo("PUT");
        assertThat(change(update, "name").get("before").asString()).isEqualTo("1#LNG储罐");
        assertThat(change(update, "name").get("after").asString()).isEqualTo("1#LNG全容储罐");
        assertThat(change(update, "responsiblePerson").get("before").asString()).isEqualTo("张伟");
        assertThat(change(update, "responsiblePerson").get("after").asString()).isEqualTo("李娜");

        // an inspector may not read the audit trail
        ApiClient inspector = ApiClient.as("http://localhost:" + port, "li.na", "group-x").withRoles("INSPECTOR");
        assertThat(inspector.get("/api/v1/audit?aggregateId=" + unitId).status()).isIn(403, 404);
    }

    private static JsonNode entry(ApiClient client, String aggregateId, String action) {
        ApiClient.Response response = client.get("/api/v1/audit?aggregateId=" + aggregateId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        for (JsonNode entry : response.json()) {
            if (entry.get("action").asString().equals(action)) {
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
