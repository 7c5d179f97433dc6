package cn.dualprevention.e2e;

import cn.dualprevention.deploy.local.RunningSuite;
import cn.dualprevention.e2e.support.Gateway;
import cn.dualprevention.e2e.support.Inspections;
import cn.dualprevention.e2e.support.Plant;
import cn.dualprevention.e2e.support.SharedSuite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7, acceptance 5: with the suite running, the regulator stream topics carry every record type, readable with
 * Kafka's own console consumer ({@code org.apache.kafka.tools.consumer.ConsoleConsumer}, what
 * {@code deploy/local/kafka-console-consumer} runs) as a separate process.
 */
@ExtendWith(SharedSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegulatorStreamsIT {

    static final List<String> RECORD_TYPES = List.of("riskUnit", "unitStop", "riskEvent", "controlMeasure", "checkTask",
            "checkRecord", "hiddenDanger");

    Gateway gateway;
    String bootstrap;
    int sandboxPort;
    Plant plant;

    /** A chlor-alkali plant with one of everything: unit, event, measure, task, a record finding a hazard, a stop. */
    @BeforeAll
    void plantWithActivity(RunningSuite suite) {
        gateway = Gateway.at(suite.gatewayUrl());
        bootstrap = suite.kafkaBootstrap();
        sandboxPort = suite.ports().get("sandbox-receiver");
        plant = Plant.register(gateway, "e2e-stream-" + UUID.randomUUID(), "zhao.min", "豫北氯碱化工有限公司");
        String objectId = plant.majorHazardSource("液氯储罐区重大危险源");
        String unitId = plant.unit(objectId, "液氯储罐区", "氯碱车间", "刘洋");
        String eventId = plant.riskEvent(unitId, "液氯储罐泄漏中毒");
        String measureId = plant.inspectionMeasure(eventId, "储罐区设置氯气泄漏检测报警", "检查氯气检测报警仪完好、数值正常");
        String taskId = plant.awaitTaskOf(measureId).get("id").asString();
        plant.scheduleHourlyOpeningSoon(taskId, "p-sun-li");
        Gateway inspector = gateway.as(plant.inspector("p-sun-li"));
        // a major hazard travels at registration (a general one only once planned: liable person and deadline are required)
        Inspections.reportHazard(inspector, Inspections.awaitDueCycle(plant, inspector, taskId), "液氯储罐根部阀填料渗漏",
                "MAJOR");
        plant.manager().post("/api/v1/risk-units/" + unitId + "/stop", "{\"reason\":\"年度停车检修\"}").json(200);
    }

    @Test
    void everyRecordTypeOfAnEnterpriseIsOnItsStreamTopicReadableWithTheConsoleConsumer() {
        String companyCode = plant.companyCode();
        for (String type : RECORD_TYPES) {
            String topic = "dp.regulator." + type;
            await(topic).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                List<String> lines = consoleConsumer(topic);
                assertThat(lines).as("records of %s on %s", companyCode, topic)
                        .anySatisfy(line -> {
                            assertThat(line).startsWith("{");
                            assertThat(Gateway.JSON.readTree(line).path("companyCode").asString()).isEqualTo(companyCode);
                        });
            });
        }
    }

    /**
     * Issue 7, acceptance 1 (in part): every record type the plant produced passes the strict sandbox hub's field
     * rules, code tables and parent checks — the http-batch receiver a safety manager connects in local mode
     * (deploy/local/README.md), with the secret set {@code sandbox} the launcher gives exchange-service.
     */
    @Test
    void everyRecordTypeIsAcceptedByTheSandboxHub() {
        String receiverId = plant.manager().post("/api/v1/receivers", """
                {"name":"省级平台（沙箱）","profile":"http-batch","enterpriseId":"%s","baseUrl":"http://localhost:%d/default",
                 "integerCheckCycle":true,"credentials":"sandbox"}""".formatted(plant.enterpriseId(), sandboxPort))
                .json(201).get("id").asString();
        await("every record accepted by the sandbox hub").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    JsonNode deliveries = plant.manager().get("/api/v1/deliveries?receiverId=" + receiverId
                            + "&enterpriseId=" + plant.enterpriseId()).json(200);
                    Set<String> accepted = new TreeSet<>();
                    for (JsonNode d : deliveries) {
                        assertThat(d.get("state").asString()).as("%s %s: %s %s", d.get("recordType").asString(),
                                d.get("recordId").asString(), d.path("message").asString(""), d.path("holdReasons"))
                                .isIn("PENDING", "SENT", "ACCEPTED");
                        if (d.get("state").asString().equals("ACCEPTED")) {
                            accepted.add(d.get("recordType").asString());
                        }
                    }
                    assertThat(accepted).containsExactlyInAnyOrderElementsOf(RECORD_TYPES);
                });
    }

    /** What Kafka's console consumer prints for the topic from the beginning (one JSON value per line). */
    private List<String> consoleConsumer(String topic) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.consumer.ConsoleConsumer", "--bootstrap-server", bootstrap, "--topic", topic,
                "--from-beginning", "--timeout-ms", "10000")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (var out = process.inputReader(StandardCharsets.UTF_8)) {
            out.lines().forEach(lines::add);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return lines;
    }
}
