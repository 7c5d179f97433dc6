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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, acceptance 5: through the gateway, an inspector's inbox ({@code /api/v1/me/inbox}) shows only that
 * person's cycles — not those of another inspector of the same enterprise, nor of an inspector of another one.
 */
@ExtendWith(SharedSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectorInboxIT {

    Gateway gateway;

    @BeforeAll
    void connect(RunningSuite suite) {
        gateway = Gateway.at(suite.gatewayUrl());
    }

    @Test
    void eachInspectorSeesOnlyTheirOwnCycles() {
        String group = "e2e-inbox-" + UUID.randomUUID();
        Plant plantA = Plant.register(gateway, group, "zhao.min", "新乡精细化工有限公司");
        String unitA = plantA.unit(plantA.majorHazardSource("氯气储罐区重大危险源"), "氯气储罐区", "生产部", "刘洋");
        String eventA = plantA.riskEvent(unitA, "液氯钢瓶泄漏中毒");
        String taskA1 = plantA.awaitTaskOf(plantA.inspectionMeasure(eventA, "设置氯气泄漏报警", "检查氯气报警仪完好、在线"))
                .get("id").asString();
        String taskA2 = plantA.awaitTaskOf(plantA.inspectionMeasure(eventA, "配备碱液吸收装置", "检查碱液浓度与循环泵"))
                .get("id").asString();
        Plant plantB = Plant.register(gateway, group, "zhao.min", "焦作煤化工有限公司");
        String unitB = plantB.unit(plantB.majorHazardSource("粗苯储罐区重大危险源"), "粗苯储罐区", "化产车间", "孙浩");
        String taskB1 = plantB.awaitTaskOf(plantB.inspectionMeasure(plantB.riskEvent(unitB, "粗苯泄漏火灾"),
                "设置可燃气体报警", "检查可燃气体报警仪完好")).get("id").asString();

        plantA.scheduleDaily(taskA1, "p-a1-zhou");
        plantA.scheduleDaily(taskA2, "p-a2-wu");
        plantB.scheduleDaily(taskB1, "p-b1-zheng");
        Gateway a1 = gateway.as(plantA.inspector("p-a1-zhou"));
        Gateway a2 = gateway.as(plantA.inspector("p-a2-wu"));
        Gateway b1 = gateway.as(plantB.inspector("p-b1-zheng"));
        Inspections.awaitCycleInInbox(a1, taskA1);
        Inspections.awaitCycleInInbox(a2, taskA2);
        Inspections.awaitCycleInInbox(b1, taskB1);

        assertOnlyOwn(a1, "p-a1-zhou", taskA1);
        assertOnlyOwn(a2, "p-a2-wu", taskA2);
        assertOnlyOwn(b1, "p-b1-zheng", taskB1);
    }

    private static void assertOnlyOwn(Gateway inspector, String personId, String ownTask) {
        JsonNode inbox = inspector.get("/api/v1/me/inbox").json(200);
        List<JsonNode> cycles = new ArrayList<>();
        for (String list : List.of("dueNow", "upcoming", "overdue")) {
            inbox.path(list).forEach(cycles::add);
        }
        assertThat(cycles).as(personId + "'s inbox").isNotEmpty();
        assertThat(cycles).as(personId + "'s inbox holds only the cycles of their task")
                .allSatisfy(c -> assertThat(c.get("taskId").asString()).isEqualTo(ownTask));
        assertThat(cycles).as(personId + "'s inbox holds only cycles assigned to them")
                .allSatisfy(c -> assertThat(c.get("assigneePersonIds").toString()).contains(personId));
    }
}
