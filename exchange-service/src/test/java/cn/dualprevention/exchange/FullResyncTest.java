package cn.dualprevention.exchange;

import cn.dualprevention.exchange.record.domain.Facts;
import cn.dualprevention.exchange.record.domain.KeptRecord;
import cn.dualprevention.exchange.record.domain.RecordRef;
import cn.dualprevention.exchange.record.domain.RecordState;
import cn.dualprevention.exchange.record.domain.RegulatorRecords;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.sandbox.SandboxReceiver;
import cn.dualprevention.sandbox.SandboxSettings;
import cn.dualprevention.sandbox.hub.domain.Account;
import cn.dualprevention.sandbox.hub.domain.HeldRecord;
import cn.dualprevention.sandbox.hub.domain.ReceiverProfile;
import cn.dualprevention.sandbox.hub.domain.RecordType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first connection of a receiver sends everything of the enterprise by itself: 10,000 records reach a strict hub,
 * parents first, and the hub holds exactly the expected set; afterwards only what changed goes.
 */
@ServiceTest
class FullResyncTest {

    private static final int CHAINS = 1_000; // × 10 records
    private static final String COMPANY_CODE = "410100299";

    @Autowired
    RegulatorRecords records;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;
    @LocalServerPort
    int port;

    @Test
    void tenThousandRecordsReachTheHubExactlyAndLaterOnlyChangesGo() {
        SourceEvents source = new SourceEvents(kafka, "group-bulk").registered(COMPANY_CODE, "91410100MA44XXK299");
        ApiClient api = ApiClient.as("http://localhost:" + port, "admin", "group-bulk").withRoles("GROUP_ADMIN");
        Map<RecordType, Set<String>> expected = seed(source);
        assertThat(expected.values().stream().mapToInt(Set::size).sum()).isEqualTo(10_000);

        try (SandboxReceiver sandbox = SandboxReceiver.start(SandboxSettings.of(ReceiverProfile.named("bulk")
                .account(new Account("ent-a", "Sandbox-Secret-A1!", "DpSandboxKey0001", "DpSandboxIv00001")).build()))) {
            String receiverId = await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/v1/receivers", """
                    {"name":"省平台","enterpriseId":"%s","profile":"http-batch","baseUrl":"%s","integerCheckCycle":true,"credentials":"sandbox-a"}
                    """.formatted(source.enterpriseId, sandbox.profileUrl("bulk"))), created -> created.status() == 201).json().get("id").asString();
            try {
                await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(2)).until(() ->
                        sandbox.records().countHeld("bulk", RecordType.HIDDEN_DANGER, COMPANY_CODE) == CHAINS);
                for (RecordType type : RecordType.values()) {
                    Set<String> held = sandbox.records().held("bulk", type, COMPANY_CODE).stream().filter(HeldRecord::held)
                            .map(HeldRecord::id).collect(Collectors.toSet());
                    assertThat(held).as(type.name()).isEqualTo(expected.getOrDefault(type, Set.of()));
                }
                assertThat(sandbox.records().rejects("bulk")).isEmpty();
                assertThat(sandbox.records().duplicates("bulk")).isEmpty();

                String unitId = expected.get(RecordType.RISK_UNIT).iterator().next();
                String untouched = expected.get(RecordType.CHECK_TASK).iterator().next();
                source.unit("risk.unit.updated.v1", unitId, 2, Instant.now(), "李娜");
                await().atMost(Duration.ofSeconds(60)).until(() -> sandbox.records().timesAccepted("bulk", unitId) == 2);
                assertThat(sandbox.records().timesReceived("bulk", untouched)).isEqualTo(1);
            } finally { // the shared test context's other receivers need not scan these 10,000 again
                api.delete("/api/v1/receivers/" + receiverId);
                mongo.remove(Query.query(Criteria.where("enterpriseId").is(source.enterpriseId)), "regulator_records");
            }
        }
    }

    /** 1,000 chains of unit → event → 2 measures → 2 tasks → 3 records → hazard, kept as exchange-service keeps them. */
    private Map<RecordType, Set<String>> seed(SourceEvents source) {
        Map<RecordType, Set<String>> expected = new EnumMap<>(RecordType.class);
        Instant at = Instant.parse("2026-03-01T02:00:00Z");
        for (int chain = 0; chain < CHAINS; chain++) {
            String unit = id();
            String event = id();
            keep(source, expected, RecordType.RISK_UNIT, unit, "risk.unit.created.v1", at, "unitId", unit, "hazardCode", "RO-" + chain,
                    "name", "储罐区" + chain, "responsibleDepartment", "储运部", "responsiblePerson", "张伟", "riskLevel", "GENERAL",
                    "longitude", 113.75, "latitude", 34.72, "status", "IN_SERVICE");
            keep(source, expected, RecordType.RISK_EVENT, event, "risk.event.created.v1", at, "riskEventId", event, "unitId", unit,
                    "name", "储罐泄漏");
            List<String> tasks = new ArrayList<>();
            String firstMeasure = null;
            for (int m = 0; m < 2; m++) {
                String measure = id();
                firstMeasure = firstMeasure == null ? measure : firstMeasure;
                keep(source, expected, RecordType.CONTROL_MEASURE, measure, "risk.measure.created.v1", at, "measureId", measure,
                        "riskEventId", event, "unitId", unit, "controlMode", "INSPECTION", "description", "液位联锁",
                        "classify1", "1", "classify2", "1-4", "troubleshootContent", "检查液位报警联锁");
                String task = id();
                tasks.add(task);
                keep(source, expected, RecordType.CHECK_TASK, task, "inspection.task.defined.v1", at, "taskId", task,
                        "measureId", measure, "unitId", unit, "troubleshootContent", "检查液位报警联锁是否投用", "cycle", 1,
                        "cycleUnit", "DAY", "taskStartTime", "2026-03-01T00:00:00Z", "workDayType", "EVERY_DAY", "workType", "ROUTINE");
            }
            String found = null;
            for (int r = 0; r < 3; r++) {
                String record = id();
                found = found == null ? record : found;
                keep(source, expected, RecordType.CHECK_RECORD, record, "inspection.record.submitted.v1", at, "recordId", record,
                        "taskId", tasks.get(0), "measureId", firstMeasure, "unitId", unit, "checkStatus", r == 0 ? "HAZARD_FOUND" : "NORMAL",
                        "checkTime", "2026-03-02T01:30:00Z", "mobile", "13812345678", "deviceId", "P60", "workType", "ROUTINE");
            }
            String hazard = id();
            keep(source, expected, RecordType.HIDDEN_DANGER, hazard, "hazard.registered.v1", at, "hazardId", hazard, "unitId", unit,
                    "measureId", firstMeasure, "taskId", tasks.get(0), "recordId", found, "name", "液位计失灵", "level", "GENERAL",
                    "source", "1", "hazardType", "4", "category", "0", "manageType", "BY_DEADLINE", "description", "液位计显示不变",
                    "state", "REMEDIATING", "nationalState", "0", "liablePerson", "赵磊", "deadline", "2026-03-31",
                    "registrant", "王强", "registTime", "2026-03-02T01:35:00Z");
        }
        return expected;
    }

    private void keep(SourceEvents source, Map<RecordType, Set<String>> expected, RecordType type, String id, String sourceType,
                      Instant at, Object... facts) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("enterpriseId", source.enterpriseId);
        for (int i = 0; i < facts.length; i += 2) {
            values.put((String) facts[i], facts[i + 1]);
        }
        cn.dualprevention.exchange.record.domain.RecordType ours =
                cn.dualprevention.exchange.record.domain.RecordType.ofSpecName(type.code()).orElseThrow();
        records.keep(new KeptRecord(new RecordRef(ours, id), source.groupId, source.enterpriseId, 1, 1, sourceType, Facts.of(values),
                false, at, "zhang.wei", at, "zhang.wei", RecordState.SENT, List.of(), List.of(), Map.of(), true, at));
        expected.computeIfAbsent(type, t -> new HashSet<>()).add(id);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
