package cn.dualprevention.risk;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the API tests share: one context, a safety manager of a fresh group, enterprise registration. */
@ServiceTest
abstract class ApiTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    ApiClient safetyManager;
    ApiClient writes;

    @BeforeEach
    void caller() {
        String group = "group-" + UUID.randomUUID();
        safetyManager = ApiClient.as("http://localhost:" + port, "zhang.wei", group);
        writes = ApiClient.as("http://localhost:" + port, "zhang.wei", group);
    }

    String registerEnterprise(String companyCode, String uscc) {
        ApiClient.Response response = safetyManager.post("/api/v1/enterprises",
                "{\"name\":\"中原液化天然气储运有限公司\",\"companyCode\":\"" + companyCode + "\",\"uscc\":\"" + uscc + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    static String type(ConsumerRecord<String, String> record) {
        return JSON.readTree(record.value()).get("type").asString();
    }
}
