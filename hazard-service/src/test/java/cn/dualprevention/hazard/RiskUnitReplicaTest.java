package cn.dualprevention.hazard;

import cn.dualprevention.platform.test.ReplicaScenario;
import cn.dualprevention.platform.test.ServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** risk-service's unit events build this service's unit replica; redeliveries and stale events change nothing. */
@ServiceTest
class RiskUnitReplicaTest {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theReplicaKeepsTheNewestVersionOfWhatThisServiceNeeds() {
        Document replica = ReplicaScenario.redeliveredAndStale(kafka, mongo, "dp.risk.events", "risk.unit.created.v1",
                "risk_units", (unitId, name) -> """
                        {"unitId":"%s","hazardCode":"410100001001","name":"%s","responsibleDepartment":"储运部",
                         "responsiblePerson":"张伟","riskLevel":"MAJOR","longitude":113.75,"latitude":34.72,"status":"IN_SERVICE"}
                        """.formatted(unitId, name));
        assertThat(replica.getString("name")).isEqualTo("current");
        assertThat(replica.getLong("sourceVersion")).isEqualTo(2L);
        assertThat(replica.getString("hazardCode")).isEqualTo("410100001001");
        assertThat(replica.getString("responsibleDepartment")).isEqualTo("储运部");
    }
}
