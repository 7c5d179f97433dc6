package cn.dualprevention.risk;

import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.risk.enterprise.domain.UnifiedSocialCreditCode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API tests share: one context; the people of a fresh group, each with the role a real person doing that
 * work has (issue 8): the group administrator registers enterprises, the safety manager (安全管理员) keeps the
 * organisation and the risk register, the head of the storage department (储运部部长) changes the register of
 * his department, a plant system (API client) imports registers; enterprise registration.
 */
@ServiceTest
abstract class ApiTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    /** 集团管理员: registers the group's enterprises. */
    ApiClient groupAdmin;
    /** 安全管理员: organisation, master data, grading standard and risk register of the group's enterprises. */
    ApiClient safetyManager;
    /** 部门负责人: identifies and changes the risks of his department (risk register writes, unit stops). */
    ApiClient departmentHead;
    /** A plant system feeding the risk register (imports, register writes). */
    ApiClient plantSystem;

    @BeforeEach
    void caller() {
        String group = "group-" + UUID.randomUUID();
        String base = "http://localhost:" + port;
        groupAdmin = ApiClient.as(base, "zhao.min", group).withRoles(Role.GROUP_ADMIN.name());
        safetyManager = ApiClient.as(base, "zhang.wei", group).withRoles(Role.SAFETY_MANAGER.name());
        departmentHead = ApiClient.as(base, "wang.qiang", group).withRoles(Role.DEPARTMENT_HEAD.name());
        plantSystem = ApiClient.as(base, "register-sync", group).withRoles(Role.API_CLIENT.name());
    }

    /** A safety manager of another group (whose objects must stay invisible to him). */
    ApiClient strangerOfAnotherGroup() {
        return ApiClient.as("http://localhost:" + port, "li.na", "another-group-" + UUID.randomUUID())
                .withRoles(Role.SAFETY_MANAGER.name());
    }

    String registerEnterprise(String companyCode, String uscc) {
        ApiClient.Response response = groupAdmin.post("/api/v1/enterprises",
                "{\"name\":\"中原液化天然气储运有限公司\",\"companyCode\":\"" + companyCode + "\",\"uscc\":\"" + uscc + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** Registers an enterprise with a fresh companyCode and a valid USCC; returns its id. */
    String registerEnterprise() {
        return registerEnterprise(newCompanyCode(), newUscc());
    }

    static String newCompanyCode() {
        return "4" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    static String newUscc() {
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first17 = new StringBuilder("91410100MA");
        for (int i = 0; i < 7; i++) {
            first17.append(charset.charAt(RANDOM.nextInt(charset.length())));
        }
        return first17.toString() + UnifiedSocialCreditCode.checkCharacter(first17.toString());
    }

    /** The data of the events of an enterprise of one type, in stream order (waits for {@code count} of them). */
    java.util.List<tools.jackson.databind.JsonNode> events(String enterpriseId, String type, int count) {
        try (cn.dualprevention.platform.test.EventProbe probe = new cn.dualprevention.platform.test.EventProbe(brokers,
                "dp.risk.events")) {
            return probe.await(r -> r.key().equals(enterpriseId) && type(r).equals(type), count,
                    java.time.Duration.ofSeconds(60)).stream().map(r -> JSON.readTree(r.value()).get("data")).toList();
        }
    }

    /** The types of the events of an enterprise in stream order (waits for {@code count} of them). */
    java.util.List<String> types(String enterpriseId, int count) {
        try (cn.dualprevention.platform.test.EventProbe probe = new cn.dualprevention.platform.test.EventProbe(brokers,
                "dp.risk.events")) {
            return probe.await(r -> r.key().equals(enterpriseId), count, java.time.Duration.ofSeconds(60)).stream()
                    .map(ApiTestSupport::type).toList();
        }
    }

    static String type(ConsumerRecord<String, String> record) {
        return JSON.readTree(record.value()).get("type").asString();
    }
}
