package cn.dualprevention.exchange;

import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.platform.test.TestEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class RiskUnitStreamTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Test
    void aNewUnitReachesTheRegulatorStreamOnceAsARiskUnitRecord() throws Exception {
        String enterpriseId = UUID.randomUUID().toString();
        String unitId = UUID.randomUUID().toString();
        kafka.send("dp.risk.events", enterpriseId, TestEvents.envelope("risk.enterprise.registered.v1", enterpriseId, enterpriseId, 1,
                "{\"enterpriseId\":\"" + enterpriseId + "\",\"companyCode\":\"410100001\",\"uscc\":\"91410100MA44XXK123\",\"timeZone\":\"Asia/Shanghai\"}")).get();
        String unitCreated = TestEvents.envelope("risk.unit.created.v1", enterpriseId, unitId, 1,
                "{\"unitId\":\"" + unitId + "\",\"enterpriseId\":\"" + enterpriseId + "\",\"hazardCode\":\"410100001001\",\"name\":\"LNG储罐区\","
                        + "\"responsibleDepartment\":\"储运部\",\"responsiblePerson\":\"张伟\",\"riskLevel\":\"CONSIDERABLE\","
                        + "\"longitude\":113.75,\"latitude\":34.72,\"status\":\"IN_SERVICE\",\"aFieldFromTheFuture\":true}");
        kafka.send("dp.risk.events", enterpriseId, unitCreated).get();
        kafka.send("dp.risk.events", enterpriseId, unitCreated).get(); // redelivered

        try (EventProbe stream = new EventProbe(brokers, "dp.regulator.riskUnit")) {
            List<ConsumerRecord<String, String>> records = stream.await(r -> r.key().equals(unitId), 1, Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
            JsonNode record = JSON.readTree(records.get(0).value());
            assertThat(record.get("id").asString()).isEqualTo(unitId);
            assertThat(record.get("companyCode").asString()).isEqualTo("410100001");
            assertThat(record.get("tyshxydm").asString()).isEqualTo("91410100MA44XXK123");
            assertThat(record.get("riskClass").asString()).isEqualTo("2");
            assertThat(record.get("hazardLiablePerson").asString()).isEqualTo("张伟");
            assertThat(record.get("createDate").asString()).matches("\\d{14}");
            assertThat(stream.drain(r -> r.key().equals(unitId), Duration.ofSeconds(3))).hasSize(1);
        }
    }
}
