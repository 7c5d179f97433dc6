package cn.dualprevention.inspection;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.ServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Control measures become inspection tasks; the safety manager schedules them; changes and deletions follow. */
@ServiceTest
class TaskFromMeasureTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    KafkaTemplate<String, String> kafka;

    String group;
    String enterpriseId;
    ApiClient manager;

    @BeforeEach
    void tenant() {
        group = "group-" + UUID.randomUUID();
        enterpriseId = "ent-" + UUID.randomUUID();
        manager = ApiClient.as("http://localhost:" + port, "safety.manager", group).withRoles("SAFETY_MANAGER");
    }

    @Test
    void anInspectionMeasureBecomesATaskThatFollowsItsMeasureAndKeepsItsHistory() {
        String measureId = "m-" + UUID.randomUUID();
        Scenario.publish(kafka, "risk.measure.created.v1", group, enterpriseId, measureId, 1,
                Scenario.measure(measureId, "unit-1", enterpriseId, "INSPECTION", "检查液位计读数与联锁状态"));
        Scenario.publish(kafka, "risk.measure.created.v1", group, enterpriseId, "auto-" + measureId, 1,
                Scenario.measure("auto-" + measureId, "unit-1", enterpriseId, "AUTOMATED_MONITORING", "DCS 监控"));
        JsonNode task = awaitTask(t -> true);
        assertThat(task.get("troubleshootContent").asString()).isEqualTo("检查液位计读数与联锁状态");
        String taskId = task.get("id").asString();

        Scenario.publish(kafka, "risk.measure.updated.v1", group, enterpriseId, measureId, 2,
                Scenario.measure(measureId, "unit-1", enterpriseId, "INSPECTION", "检查液位计与温度计读数"));
        awaitTask(t -> t.get("troubleshootContent").asString().equals("检查液位计与温度计读数"));
        Scenario.publish(kafka, "risk.measure.updated.v1", group, enterpriseId, measureId, 1,
                Scenario.measure(measureId, "unit-1", enterpriseId, "INSPECTION", "stale"));
        Scenario.publish(kafka, "risk.measure.deleted.v1", group, enterpriseId, measureId, 3,
                Scenario.measure(measureId, "unit-1", enterpriseId, "INSPECTION", "检查液位计与温度计读数"));
        JsonNode retired = awaitTask(t -> t.get("state").asString().equals("RETIRED"));
        assertThat(retired.get("troubleshootContent").asString()).isEqualTo("检查液位计与温度计读数");
        assertThat(retired.get("history").size()).isEqualTo(3);
        assertThat(manager.get("/api/v1/inspection-tasks?enterpriseId=" + enterpriseId).json().size()).isEqualTo(1);

        try (EventProbe probe = new EventProbe(brokers, "dp.inspection.events")) {
            List<ConsumerRecord<String, String>> events = probe.await(r -> taskId.equals(aggregate(r)), 3, Duration.ofSeconds(20));
            assertThat(events).extracting(TaskFromMeasureTest::type).containsExactly(
                    "inspection.task.defined.v1", "inspection.task.changed.v1", "inspection.task.retired.v1");
        }
    }

    @Test
    void theSafetyManagerSetsTheScheduleAndBadSchedulesAreRejectedByFieldAndRule() {
        String measureId = "m-" + UUID.randomUUID();
        Scenario.publish(kafka, "risk.measure.created.v1", group, enterpriseId, measureId, 1,
                Scenario.measure(measureId, "unit-2", enterpriseId, "INSPECTION", "巡检泵区密封"));
        String taskId = awaitTask(t -> true).get("id").asString();
        String path = "/api/v1/inspection-tasks/" + taskId + "/schedule";

        ApiClient.Response hourlyWithoutWindow = put(path, """
                {"cycle":2,"cycleUnit":"HOUR","taskStartTime":"2026-03-01T00:00:00Z","workDayType":"EVERY_DAY",
                 "workType":"ROUTINE","assigneePostId":"post-patrol"}""");
        assertThat(hourlyWithoutWindow.status()).isEqualTo(400);
        assertThat(hourlyWithoutWindow.firstError()).isEqualTo("workStartTime/required-for-hourly");
        assertThat(put(path, """
                {"cycle":1,"cycleUnit":"DAY","taskStartTime":"2026-03-01T00:00:00Z","workDayType":"EVERY_DAY",
                 "workType":"TECHNICAL","taskNum":10,"assigneePersonId":"p-1"}""").firstError())
                .isEqualTo("taskNum/range-technical-1-9");
        assertThat(put(path, "{\"cycle\":1,\"cycleUnit\":\"FORTNIGHT\"}").status()).isEqualTo(400);

        ApiClient.Response ok = put(path, """
                {"cycle":2,"cycleUnit":"HOUR","taskStartTime":"2026-03-01T00:00:00Z","workStartTime":"08:00:00",
                 "workEndTime":"18:00:00","workDayType":"WORKING_DAYS","workType":"OPERATIONAL","taskNum":10,
                 "assigneePostId":"post-patrol"}""");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("schedule").get("workStartTime").asString()).startsWith("08:00");
        assertThat(manager.get("/api/v1/inspection-tasks/" + taskId).json().get("schedule").get("taskNum").asInt()).isEqualTo(10);

        ApiClient stranger = ApiClient.as("http://localhost:" + port, "li.na", "another-group").withRoles("SAFETY_MANAGER");
        assertThat(stranger.get("/api/v1/inspection-tasks/" + taskId).status()).isEqualTo(404);
    }

    private ApiClient.Response put(String path, String json) {
        return ApiClient.as("http://localhost:" + port, "safety.manager", group).withRoles("SAFETY_MANAGER").put(path, json);
    }

    private JsonNode awaitTask(java.util.function.Predicate<JsonNode> condition) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode list = manager.get("/api/v1/inspection-tasks?enterpriseId=" + enterpriseId).json();
            for (JsonNode task : list) {
                if (condition.test(task)) {
                    found[0] = task;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static String type(ConsumerRecord<String, String> record) {
        return JSON.readTree(record.value()).get("type").asString();
    }

    private static String aggregate(ConsumerRecord<String, String> record) {
        return JSON.readTree(record.value()).path("aggregateId").asString();
    }
}
