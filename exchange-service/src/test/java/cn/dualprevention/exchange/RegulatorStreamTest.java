package cn.dualprevention.exchange;

import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.ServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static cn.dualprevention.exchange.SourceEvents.HAZARD;
import static cn.dualprevention.exchange.SourceEvents.INSPECTION;
import static cn.dualprevention.exchange.SourceEvents.RISK;
import static cn.dualprevention.exchange.SourceEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;

/** The regulator stream (kafka-stream profile): every record type, on its topic, with the specification's field names. */
@ServiceTest
class RegulatorStreamTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Test
    void oneOfEachSourceEventReachesTheRegulatorStreamAsItsRecord() {
        String unitId = newId();
        String eventId = newId();
        String measureId = newId();
        String taskId = newId();
        String recordId = newId();
        String missedId = newId();
        String hazardId = newId();
        new SourceEvents(kafka, "group-1").registered()
                .unit("risk.unit.created.v1", unitId, 1, Instant.now(), "张伟")
                .riskEvent(eventId, unitId)
                .measure(measureId, eventId, unitId)
                .publish(RISK, "risk.unit.stopped.v1", unitId, 2, Instant.now(), "unitId", unitId,
                        "stopStartTime", "2026-03-02T00:00:00Z", "reason", "年度检修")
                .publish(INSPECTION, "inspection.task.defined.v1", taskId, 1, Instant.now(), "taskId", taskId,
                        "measureId", measureId, "unitId", unitId, "troubleshootContent", "检查液位报警联锁是否投用",
                        "cycle", 1, "cycleUnit", "WEEK", "taskStartTime", "2026-03-01T00:00:00Z", "workDayType", "EVERY_DAY",
                        "workType", "MAIN", "taskNum", 3, "assigneePostId", "p1")
                .publish(INSPECTION, "inspection.record.submitted.v1", "cycle-1", 2, Instant.now(), "recordId", recordId,
                        "cycleId", "cycle-1", "taskId", taskId, "measureId", measureId, "unitId", unitId,
                        "checkStatus", "HAZARD_FOUND", "checkTime", "2026-03-02T01:30:00Z", "personId", "u1",
                        "personName", "王强", "mobile", "13812345678", "deviceId", "HUAWEI-P60-7781", "workType", "MAIN",
                        "late", false, "locationMismatch", false)
                .publish(INSPECTION, "inspection.cycle.missed.v1", "cycle-2", 2, Instant.now(), "recordId", missedId,
                        "cycleId", "cycle-2", "taskId", taskId, "measureId", measureId, "unitId", unitId,
                        "windowEnd", "2026-03-09T16:00:00Z", "workType", "MAIN")
                .publish(HAZARD, "hazard.registered.v1", hazardId, 1, Instant.now(), "hazardId", hazardId, "unitId", unitId,
                        "hazardCode", "410100001001", "measureId", measureId, "taskId", taskId, "recordId", recordId,
                        "name", "储罐液位计失灵", "level", "MAJOR", "source", "1", "hazardType", "4", "category", "1",
                        "description", "2号储罐液位计显示不变", "state", "AWAITING_CONFIRMATION", "liablePerson", "赵磊",
                        "deadline", "2026-03-31", "registrant", "王强", "registTime", "2026-03-02T01:35:00Z");

        // the stream carries the latest version at least once (versions changed in quick succession may be coalesced)
        JsonNode unit = record("riskUnit", unitId, r -> r.key().equals(unitId) && r.value().contains("\"isOverhaul\":\"1\"")); // stopped
        assertThat(unit.get("companyCode").asString()).isEqualTo("410100001");
        assertThat(unit.get("riskClass").asString()).isEqualTo("2");
        JsonNode stop = record("unitStop", null, r -> r.value().contains(unitId));
        assertThat(stop.get("riskUnitId").asString()).isEqualTo(unitId);
        assertThat(stop.get("stopStartTime").asString()).isEqualTo("20260302080000");
        assertThat(stop.get("hazardCode").asString()).isEqualTo("410100001001");
        assertThat(record("riskEvent", eventId).get("riskUnitId").asString()).isEqualTo(unitId);
        JsonNode measure = record("controlMeasure", measureId);
        assertThat(measure.get("riskEventId").asString()).isEqualTo(eventId);
        assertThat(measure.get("dataSrc").asString()).isEqualTo("2");
        JsonNode task = record("checkTask", taskId);
        assertThat(task.get("riskMeasureId").asString()).isEqualTo(measureId);
        assertThat(task.get("checkCycle").asString() + task.get("checkCycleUnit").asString()).isEqualTo("7天");
        assertThat(task.get("workType").asString() + "/" + task.get("taskNum").asString()).isEqualTo("1/3");
        JsonNode checked = record("checkRecord", recordId);
        assertThat(checked.get("checkTaskId").asString()).isEqualTo(taskId);
        assertThat(checked.get("checkStatus").asString()).isEqualTo("1");
        assertThat(checked.get("isDefend").asString()).isEqualTo("1");
        assertThat(checked.get("mobileMe").asString()).isEqualTo("HUAWEI-P60-7781");
        assertThat(record("checkRecord", missedId).get("checkStatus").asString()).isEqualTo("2");
        JsonNode hazard = record("hiddenDanger", hazardId);
        assertThat(hazard.get("dangerLevel").asString()).isEqualTo("1");
        assertThat(hazard.get("dangerState").asString()).isEqualTo("0");
        assertThat(hazard.get("riskMeasureId").asString()).isEqualTo(measureId);
        assertThat(hazard.get("checkRecordId").asString()).isEqualTo(recordId);
        assertThat(hazard.get("dangerManageDeadline").asString()).isEqualTo("20260331");
        for (JsonNode any : List.of(unit, stop, measure, task, checked, hazard)) {
            assertThat(any.propertyNames()).contains("id", "companyCode", "tyshxydm", "deleted", "createDate", "updateDate",
                    "createBy", "updateBy");
        }
    }

    @Test
    void aChangedUnitReplacesItsRecordUnderTheSameIdAndADeletionTravelsAsDeleted() {
        String unitId = newId();
        Instant created = Instant.parse("2026-03-01T01:00:00Z");
        new SourceEvents(kafka, "group-1").registered()
                .unit("risk.unit.created.v1", unitId, 1, created, "张伟")
                .unit("risk.unit.updated.v1", unitId, 2, created.plusSeconds(3600), "李娜")
                .unit("risk.unit.updated.v1", unitId, 1, created.plusSeconds(7200), "过时的人") // an older version, late
                .publish(RISK, "risk.unit.deleted.v1", unitId, 3, created.plusSeconds(10800), "unitId", unitId);

        try (EventProbe stream = new EventProbe(brokers, "dp.regulator.riskUnit")) {
            stream.await(r -> r.key().equals(unitId) && r.value().contains("\"deleted\":\"1\""), 1, WAIT);
            // every version on the stream, in order; quick successive versions may be coalesced into the latest
            List<JsonNode> versions = stream.drain(r -> r.key().equals(unitId), Duration.ofSeconds(2)).stream()
                    .map(r -> JSON.readTree(r.value())).toList();
            JsonNode last = versions.getLast();
            assertThat(last.get("deleted").asString()).isEqualTo("1");
            assertThat(last.get("hazardLiablePerson").asString()).isEqualTo("李娜");
            assertThat(last.get("updateDate").asString()).isEqualTo("20260301120000");
            assertThat(versions).extracting(v -> v.get("hazardLiablePerson").asString()).doesNotContain("过时的人");
            assertThat(versions).extracting(v -> v.get("createDate").asString()).containsOnly("20260301090000");
            assertThat(versions).extracting(v -> v.get("updateDate").asString()).isSorted();
            assertThat(versions).extracting(v -> v.get("id").asString()).containsOnly(unitId);
            assertThat(versions).extracting(v -> v.get("updateDate").asString()).doesNotHaveDuplicates();
        }
    }

    @Test
    void aCorrectionOfAMissedCycleUpdatesTheSameCheckRecordAndItsHazardNamesThatRecord() {
        String unitId = newId();
        String eventId = newId();
        String measureId = newId();
        String taskId = newId();
        String missedId = newId();
        String correctionId = newId();
        String hazardId = newId();
        SourceEvents source = new SourceEvents(kafka, "group-1").registered();
        source.unit("risk.unit.created.v1", unitId, 1, Instant.now(), "张伟")
                .riskEvent(eventId, unitId)
                .measure(measureId, eventId, unitId)
                .publish(INSPECTION, "inspection.task.defined.v1", taskId, 1, Instant.now(), "taskId", taskId,
                        "measureId", measureId, "unitId", unitId, "troubleshootContent", "检查液位报警联锁是否投用",
                        "cycle", 1, "cycleUnit", "DAY", "taskStartTime", "2026-03-01T00:00:00Z", "workDayType", "EVERY_DAY",
                        "workType", "ROUTINE")
                .publish(INSPECTION, "inspection.cycle.missed.v1", missedId, 1, Instant.now(), "recordId", missedId,
                        "cycleId", "cycle-9", "taskId", taskId, "measureId", measureId, "unitId", unitId,
                        "windowEnd", "2026-03-02T16:00:00Z", "workType", "ROUTINE");
        assertThat(record("checkRecord", missedId).get("checkStatus").asString()).isEqualTo("2");

        source.publish(INSPECTION, "inspection.record.submitted.v1", correctionId, 1,
                        Instant.now(), "recordId", correctionId, "replacesRecordId", missedId, "cycleId", "cycle-9", "taskId", taskId,
                        "measureId", measureId, "unitId", unitId, "checkStatus", "HAZARD_FOUND", "checkTime", "2026-03-02T09:30:00Z",
                        "personId", "u1", "personName", "王强", "mobile", "13812345678", "deviceId", "HUAWEI-P60-7781",
                        "workType", "ROUTINE", "late", true, "locationMismatch", false)
                .publish(HAZARD, "hazard.registered.v1", hazardId, 1, Instant.now(), "hazardId", hazardId, "unitId", unitId,
                        "measureId", measureId, "taskId", taskId, "recordId", correctionId, "name", "储罐液位计失灵", "level", "GENERAL",
                        "source", "1", "hazardType", "4", "category", "0", "manageType", "BY_DEADLINE", "description", "液位计显示不变",
                        "state", "REMEDIATING", "nationalState", "0", "liablePerson", "赵磊", "deadline", "2026-03-31",
                        "registrant", "王强", "registTime", "2026-03-02T09:35:00Z");

        JsonNode corrected = record("checkRecord", missedId, r -> r.key().equals(missedId) && r.value().contains("\"checkStatus\":\"1\""));
        assertThat(corrected.get("checkTime").asString()).isEqualTo("20260302173000");
        assertThat(corrected.get("id").asString()).isEqualTo(missedId);
        assertThat(record("hiddenDanger", hazardId).get("checkRecordId").asString()).isEqualTo(missedId);
        try (EventProbe stream = new EventProbe(brokers, "dp.regulator.checkRecord")) {
            assertThat(stream.drain(r -> r.key().equals(correctionId) || r.value().contains(correctionId), Duration.ofSeconds(2))).isEmpty();
        }
    }

    private JsonNode record(String recordType, String recordId) {
        return record(recordType, recordId, r -> r.key().equals(recordId));
    }

    private JsonNode record(String recordType, String recordId, java.util.function.Predicate<ConsumerRecord<String, String>> which) {
        try (EventProbe stream = new EventProbe(brokers, "dp.regulator." + recordType)) {
            List<ConsumerRecord<String, String>> records = stream.await(which, 1, WAIT);
            assertThat(records).as(recordType + " " + recordId).hasSize(1);
            return JSON.readTree(records.get(0).value());
        }
    }
}
