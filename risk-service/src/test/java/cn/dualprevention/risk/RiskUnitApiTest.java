package cn.dualprevention.risk;

import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.ServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class RiskUnitApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    ApiClient groupAdmin;
    ApiClient safetyManager;

    @BeforeEach
    void caller() {
        String group = "group-" + UUID.randomUUID();
        groupAdmin = ApiClient.as("http://localhost:" + port, "zhao.min", group).withRoles(Role.GROUP_ADMIN.name());
        safetyManager = ApiClient.as("http://localhost:" + port, "zhang.wei", group).withRoles(Role.SAFETY_MANAGER.name());
    }

    @Test
    void aUnitOfARegisteredEnterpriseIsStoredAndAnnouncedInOrder() {
        String enterpriseId = registerEnterprise("410100001", "91410100MA44XXK123");
        ApiClient.Response created = safetyManager.post("/api/v1/risk-units", unit(enterpriseId, "410100001001", "MAJOR"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String unitId = created.json().get("id").asString();
        assertThat(created.json().get("colour").asString()).isEqualTo("#FE0001");
        assertThat(created.json().get("riskLevelName").asString()).isEqualTo("重大风险");

        assertThat(safetyManager.get("/api/v1/risk-units/" + unitId).json().get("name").asString()).isEqualTo("LNG储罐区");
        assertThat(safetyManager.get("/api/v1/risk-units?enterpriseId=" + enterpriseId).json().size()).isEqualTo(1);

        try (EventProbe probe = new EventProbe(brokers, "dp.risk.events")) {
            List<ConsumerRecord<String, String>> events = probe.await(r -> r.key().equals(enterpriseId), 2, Duration.ofSeconds(60));
            assertThat(events).extracting(r -> type(r)).containsExactly("risk.enterprise.registered.v1", "risk.unit.created.v1");
            JsonNode unitCreated = JSON.readTree(events.get(1).value());
            assertThat(unitCreated.get("aggregateId").asString()).isEqualTo(unitId);
            assertThat(unitCreated.get("actor").asString()).isEqualTo("zhang.wei");
            assertThat(unitCreated.get("data").get("responsiblePerson").asString()).isEqualTo("张伟");
        }
    }

    @Test
    void anotherGroupCannotSeeTheUnit() {
        String enterpriseId = registerEnterprise("410100002", "91410100MA45LNG018");
        String unitId = safetyManager.post("/api/v1/risk-units", unit(enterpriseId, "T-01", "LOW")).json().get("id").asString();

        ApiClient stranger = ApiClient.as("http://localhost:" + port, "li.na", "another-group").withRoles(Role.SAFETY_MANAGER.name());
        assertThat(stranger.get("/api/v1/risk-units/" + unitId).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/enterprises/" + enterpriseId).status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/risk-units", unit(enterpriseId, "T-02", "LOW")).firstError()).isEqualTo("enterpriseId/exists");
    }

    @Test
    void badInputIsA400NamingFieldAndRule() {
        String enterpriseId = registerEnterprise("410100003", "91140000MA0KC0K01T");
        assertThat(safetyManager.post("/api/v1/risk-units", unit(enterpriseId, "T-01", "SEVERE")).firstError()).isEqualTo("riskLevel/enum");
        assertThat(safetyManager.post("/api/v1/risk-units", unit(enterpriseId, "", "LOW")).firstError()).isEqualTo("hazardCode/not-blank");
        ApiClient.Response badCode = groupAdmin.post("/api/v1/enterprises",
                "{\"name\":\"x\",\"companyCode\":\"410100004\",\"uscc\":\"91410100MA44XXK124\"}");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.firstError()).isEqualTo("uscc/check-digit");
        assertThat(safetyManager.get("/api/v1/risk-units/does-not-exist").status()).isEqualTo(404);
    }

    private String registerEnterprise(String companyCode, String uscc) {
        ApiClient.Response response = groupAdmin.post("/api/v1/enterprises",
                "{\"name\":\"中原液化天然气储运有限公司\",\"companyCode\":\"" + companyCode + "\",\"uscc\":\"" + uscc + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static String unit(String enterpriseId, String hazardCode, String level) {
        return """
                {"enterpriseId":"%s","hazardCode":"%s","name":"LNG储罐区","responsibleDepartment":"储运部",
                 "responsiblePerson":"张伟","riskLevel":"%s","longitude":113.7512,"latitude":34.7226}
                """.formatted(enterpriseId, hazardCode, level);
    }

    private static String type(ConsumerRecord<String, String> record) {
        return JSON.readTree(record.value()).get("type").asString();
    }
}
