package cn.dualprevention.inspection;

import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.platform.test.TestEvents;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** risk-service's unit events build this service's unit replica; redeliveries and stale events change nothing. */
@ServiceTest
class RiskUnitReplicaTest {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aNewUnitIsReplicatedOnceAndAStaleEventChangesNothing() throws Exception {
        String enterpriseId = UUID.randomUUID().toString();
        String unitId = UUID.randomUUID().toString();
        String created = TestEvents.envelope("risk.unit.created.v1", enterpriseId, unitId, 2, unit(unitId, enterpriseId, "LNG储罐区"));
        kafka.send("dp.risk.events", enterpriseId, created).get();
        kafka.send("dp.risk.events", enterpriseId, created).get();
        kafka.send("dp.risk.events", enterpriseId,
                TestEvents.envelope("risk.unit.created.v1", enterpriseId, unitId, 1, unit(unitId, enterpriseId, "stale name"))).get();
        String marker = UUID.randomUUID().toString();
        kafka.send("dp.risk.events", enterpriseId,
                TestEvents.envelope("risk.unit.created.v1", enterpriseId, marker, 1, unit(marker, enterpriseId, "marker"))).get();

        // the marker comes after the others on the same partition: once it is applied, so are they
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(marker, Document.class, "risk_units") != null);
        Document replica = mongo.findById(unitId, Document.class, "risk_units");
        assertThat(replica.getString("name")).isEqualTo("LNG储罐区");
        assertThat(replica.getString("enterpriseId")).isEqualTo(enterpriseId);
        assertThat(replica.get("responsibleDepartment")).isNotNull();
        assertThat(replica.getLong("sourceVersion")).isEqualTo(2L);
    }

    private static String unit(String unitId, String enterpriseId, String name) {
        return """
                {"unitId":"%s","enterpriseId":"%s","hazardCode":"410100001001","name":"%s","responsibleDepartment":"储运部",
                 "responsiblePerson":"张伟","riskLevel":"MAJOR","longitude":113.75,"latitude":34.72,"status":"IN_SERVICE"}
                """.formatted(unitId, enterpriseId, name);
    }
}
