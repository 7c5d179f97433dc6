package cn.dualprevention.exchange;

import cn.dualprevention.platform.test.TestEvents;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Publishes events as risk-, inspection- and hazard-service do (docs/events.md), for one enterprise. */
final class SourceEvents {

    static final String RISK = "dp.risk.events";
    static final String INSPECTION = "dp.inspection.events";
    static final String HAZARD = "dp.hazard.events";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaTemplate<String, String> kafka;
    final String groupId;
    final String enterpriseId;

    SourceEvents(KafkaTemplate<String, String> kafka, String groupId) {
        this(kafka, groupId, UUID.randomUUID().toString());
    }

    SourceEvents(KafkaTemplate<String, String> kafka, String groupId, String enterpriseId) {
        this.kafka = kafka;
        this.groupId = groupId;
        this.enterpriseId = enterpriseId;
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** {@code risk.enterprise.registered.v1} of this enterprise. */
    SourceEvents registered() {
        return registered("410100001", "91410100MA44XXK123");
    }

    SourceEvents registered(String companyCode, String uscc) {
        return publish(RISK, "risk.enterprise.registered.v1", enterpriseId, 1, Instant.now(), "enterpriseId", enterpriseId,
                "groupId", groupId, "name", "豫北化工有限公司", "companyCode", companyCode, "uscc", uscc,
                "timeZone", "Asia/Shanghai");
    }

    SourceEvents task(String taskId, String measureId, String unitId) {
        return publish(INSPECTION, "inspection.task.defined.v1", taskId, 1, Instant.now(), "taskId", taskId,
                "measureId", measureId, "unitId", unitId, "troubleshootContent", "检查液位报警联锁是否投用",
                "cycle", 1, "cycleUnit", "DAY", "taskStartTime", "2026-03-01T00:00:00Z", "workDayType", "EVERY_DAY",
                "workType", "ROUTINE");
    }

    SourceEvents checked(String recordId, String taskId, String measureId, String unitId, String status) {
        return publish(INSPECTION, "inspection.record.submitted.v1", recordId, 1, Instant.now(), "recordId", recordId,
                "cycleId", "cycle-" + recordId, "taskId", taskId, "measureId", measureId, "unitId", unitId,
                "checkStatus", status, "checkTime", "2026-03-02T01:30:00Z", "personId", "u1", "personName", "王强",
                "mobile", "13812345678", "deviceId", "HUAWEI-P60-7781", "workType", "ROUTINE", "late", false,
                "locationMismatch", false);
    }

    SourceEvents missed(String recordId, String taskId, String measureId, String unitId) {
        return publish(INSPECTION, "inspection.cycle.missed.v1", recordId, 1, Instant.now(), "recordId", recordId,
                "cycleId", "cycle-" + recordId, "taskId", taskId, "measureId", measureId, "unitId", unitId,
                "windowEnd", "2026-03-03T16:00:00Z", "workType", "ROUTINE");
    }

    /** A general hazard found by an inspection record, remediating; {@code extra} fields (name, value …) added. */
    SourceEvents hazard(String hazardId, long version, String recordId, String taskId, String measureId, String unitId,
                        Object... extra) {
        Object[] base = {"hazardId", hazardId, "unitId", unitId, "measureId", measureId, "taskId", taskId, "recordId", recordId,
                "name", "储罐液位计失灵", "level", "GENERAL", "source", "1", "hazardType", "4", "category", "0",
                "manageType", "BY_DEADLINE", "description", "2号储罐液位计显示不变", "state", "REMEDIATING", "nationalState", "0",
                "liablePerson", "赵磊", "deadline", "2026-03-31", "registrant", "王强", "registTime", "2026-03-02T01:35:00Z"};
        Object[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return publish(HAZARD, version == 1 ? "hazard.registered.v1" : "hazard.plan-set.v1", hazardId, version, Instant.now(), all);
    }

    /** An event about {@code aggregateId} at {@code version}, with data given as field, value, field, value … */
    SourceEvents publish(String topic, String type, String aggregateId, long version, Instant time, Object... fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("enterpriseId", enterpriseId);
        for (int i = 0; i < fields.length; i += 2) {
            data.put((String) fields[i], fields[i + 1]);
        }
        String envelope = TestEvents.envelope(newId(), type, groupId, enterpriseId, aggregateId, version, "zhang.wei", time,
                JSON.writeValueAsString(data));
        try {
            kafka.send(topic, enterpriseId, envelope).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    SourceEvents unit(String type, String unitId, long version, Instant time, String responsiblePerson) {
        return publish(RISK, type, unitId, version, time, "unitId", unitId, "hazardCode", "410100001001",
                "name", "LNG储罐区", "responsibleDepartment", "储运部", "responsiblePerson", responsiblePerson,
                "riskLevel", "CONSIDERABLE", "currentLevel", "CONSIDERABLE", "longitude", 113.75, "latitude", 34.72,
                "status", "IN_SERVICE");
    }

    SourceEvents riskEvent(String eventId, String unitId) {
        return publish(RISK, "risk.event.created.v1", eventId, 1, Instant.now(), "riskEventId", eventId, "unitId", unitId,
                "name", "储罐泄漏引发火灾爆炸", "consequence", "火灾、爆炸");
    }

    SourceEvents measure(String measureId, String eventId, String unitId) {
        return publish(RISK, "risk.measure.created.v1", measureId, 1, Instant.now(), "measureId", measureId,
                "riskEventId", eventId, "unitId", unitId, "controlMode", "INSPECTION",
                "description", "储罐设置高低液位报警并联锁切断进料阀", "classify1", "1", "classify2", "1-4", "classify3", "液位联锁",
                "troubleshootContent", "检查液位报警联锁是否投用", "controlLevel", "WORKSHOP", "responsiblePostId", "p1");
    }
}
