package cn.dualprevention.inspection;

import cn.dualprevention.platform.test.TestEvents;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.util.UUID;

/** risk-service's events as it publishes them (docs/events.md), for this module's tests. */
public final class Scenario {

    private Scenario() {
    }

    public static void publish(KafkaTemplate<String, String> kafka, String type, String group, String enterpriseId,
                               String aggregateId, long version, String data) {
        kafka.send("dp.risk.events", enterpriseId, TestEvents.envelope(UUID.randomUUID().toString(), type, group,
                enterpriseId, aggregateId, version, "risk-tester", Instant.now(), data)).join();
    }

    public static String measure(String measureId, String unitId, String enterpriseId, String controlMode, String content) {
        return """
                {"measureId":"%s","riskEventId":"ev-1","unitId":"%s","enterpriseId":"%s","controlMode":"%s",
                 "description":"储罐液位高报警联锁","classify1":"1","classify2":"1-4","troubleshootContent":"%s",
                 "controlLevel":"TEAM","responsiblePostId":"post-patrol"}
                """.formatted(measureId, unitId, enterpriseId, controlMode, content);
    }

    public static String unit(String unitId, String enterpriseId, double longitude, double latitude, String qrToken) {
        return """
                {"unitId":"%s","enterpriseId":"%s","riskObjectId":"obj-1","hazardCode":"410100001001","name":"LNG储罐区",
                 "responsibleDepartment":"储运部","responsiblePerson":"张伟","riskLevel":"MAJOR","longitude":%s,
                 "latitude":%s,"status":"IN_SERVICE","qrToken":"%s"}
                """.formatted(unitId, enterpriseId, longitude, latitude, qrToken);
    }

    public static String person(String personId, String enterpriseId, String name, String postId) {
        return """
                {"personId":"%s","enterpriseId":"%s","name":"%s","mobile":"13800138000","departmentId":"d-1",
                 "postIds":["%s"],"deleted":false}
                """.formatted(personId, enterpriseId, name, postId);
    }
}
