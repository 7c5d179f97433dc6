package cn.dualprevention.inspection;

import cn.dualprevention.platform.test.TestClock;
import cn.dualprevention.inspection.cycle.application.CycleGeneration;
import cn.dualprevention.inspection.task.domain.ControlMeasure;
import cn.dualprevention.inspection.task.domain.CycleUnit;
import cn.dualprevention.inspection.task.domain.InspectionTask;
import cn.dualprevention.inspection.task.domain.InspectionTasks;
import cn.dualprevention.inspection.task.domain.TaskSchedule;
import cn.dualprevention.inspection.task.domain.WorkDayType;
import cn.dualprevention.inspection.task.domain.WorkType;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Acceptance 5: an inspector's inbox shows only that person's cycles, split into due now, upcoming and overdue. */
@ServiceTest
class InboxTest {

    @LocalServerPort
    int port;
    @Autowired
    InspectionTasks tasks;
    @Autowired
    CycleGeneration generation;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anInspectorSeesOnlyTheirOwnCycles() {
        String group = "group-" + UUID.randomUUID();
        Instant now = Instant.parse("2026-06-10T04:30:00Z"); // 12:30 in Shanghai, a Wednesday
        clock.set(now);
        InspectionTask wang = task(group, "wang.fang", now);
        InspectionTask li = task(group, "li.qiang", now);
        generation.generate(List.of(wang, li), now.minus(1, ChronoUnit.DAYS), now.plus(2, ChronoUnit.DAYS));

        JsonNode inbox = ApiClient.as("http://localhost:" + port, "wang.fang", group).withRoles("INSPECTOR").get("/api/v1/me/inbox").json();
        assertThat(inbox.get("dueNow").size()).isEqualTo(1);
        assertThat(inbox.get("dueNow").get(0).get("windowStart").asString()).isEqualTo("2026-06-10T04:00:00Z");
        assertThat(inbox.get("overdue").size()).isEqualTo(4);
        assertThat(inbox.get("upcoming").size()).isEqualTo(3 + 5); // 13:00–15:00 today, 08:00–12:00 tomorrow (within 24 h)
        for (String list : List.of("dueNow", "upcoming", "overdue")) {
            inbox.get(list).forEach(c -> assertThat(c.get("taskId").asString()).isEqualTo(wang.id()));
        }
        JsonNode stranger = ApiClient.as("http://localhost:" + port, "wang.fang", "another-group").withRoles("INSPECTOR").get("/api/v1/me/inbox").json();
        assertThat(stranger.get("dueNow").size() + stranger.get("overdue").size()).isZero();
    }

    /** Hourly 08:00–16:00 checks assigned to one person. */
    private InspectionTask task(String group, String person, Instant now) {
        InspectionTask task = InspectionTask.define(Ids.newId(), new ControlMeasure("m-" + UUID.randomUUID(), group,
                "ent-inbox", "ev", "unit-1", "INSPECTION", "巡检", null, 1, false), now, "test");
        tasks.add(task, List.of());
        InspectionTask scheduled = task.schedule(TaskSchedule.of(1, CycleUnit.HOUR, Instant.parse("2026-06-10T00:00:00Z"),
                LocalTime.of(8, 0), LocalTime.of(16, 0), WorkDayType.EVERY_DAY, WorkType.ROUTINE, null, null, person), now, "test");
        tasks.update(scheduled, List.of());
        return scheduled;
    }
}
