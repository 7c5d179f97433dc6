package cn.dualprevention.hazard;

import cn.dualprevention.platform.test.TestClock;
import cn.dualprevention.hazard.hazard.application.EscalationSettings;
import cn.dualprevention.hazard.hazard.application.OverdueEscalation;
import cn.dualprevention.hazard.hazard.domain.Hazards;
import cn.dualprevention.platform.scheduling.ClusterLock;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.ServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static cn.dualprevention.hazard.HazardLoopApiTest.JSON;
import static cn.dualprevention.hazard.HazardLoopApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue ladder fires each rung once per hazard: running the job twice, or from two instances at once, fires
 * nothing twice. The clock is pinned weeks in the past so that the cluster lock's lease stays valid in real time.
 */
@ServiceTest
class OverdueEscalationTest {

    static final ZoneId PLANT = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestClock clock;
    @Autowired
    OverdueEscalation job;
    @Autowired
    Hazards hazards;
    @Autowired
    ClusterLock lock;
    @Autowired
    EscalationSettings settings;
    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachRungFiresOnceEvenWhenTheJobRunsTwiceOrOnTwoInstances() throws Exception {
        Instant start = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.DAYS);
        LocalDate deadline = start.atZone(PLANT).toLocalDate().plusDays(2);
        Instant passed = deadline.plusDays(1).atStartOfDay(PLANT).toInstant();
        clock.set(start);
        String group = "group-" + UUID.randomUUID();
        ApiClient head = ApiClient.as("http://localhost:" + port, "zhao.lei", group).withRoles("DEPARTMENT_HEAD");
        String id = ok(head.post("/api/v1/hazards", HazardLoopApiTest.majorHazard("ent-" + UUID.randomUUID()))).get("id").asString();
        ok(head.post("/api/v1/hazards/" + id + "/confirm", "{}"));
        ok(head.post("/api/v1/hazards/" + id + "/plan", """
                {"responsibility":"张伟","measures":"更换阀门","funds":"5万元","deadline":"%s","contingencyPlan":"专项预案"}
                """.formatted(deadline)));

        clock.set(passed.minusSeconds(60));
        assertThat(job.run()).isZero();
        assertThat(head.get("/api/v1/hazards/" + id).json().get("overdue").asBoolean()).isFalse();

        clock.set(passed.plus(Duration.ofHours(2)));
        assertThat(job.run()).isEqualTo(1);
        assertThat(job.run()).isZero();
        JsonNode overdue = head.get("/api/v1/hazards/" + id).json();
        assertThat(overdue.get("overdue").asBoolean()).isTrue();
        assertThat(overdue.get("flaggedToGroup").asBoolean()).isTrue();
        assertThat(head.get("/api/v1/hazards?overdue=true").json().valueStream().map(h -> h.get("id").asString())).containsExactly(id);

        clock.set(passed.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)));
        OverdueEscalation secondInstance = new OverdueEscalation(hazards, lock, settings, clock);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(job::run);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(secondInstance::run);
        assertThat(one.get() + two.get()).isEqualTo(1);

        clock.set(passed.plus(Duration.ofDays(5)));
        assertThat(job.run() + secondInstance.run()).isEqualTo(1);
        assertThat(job.run()).isZero();

        try (EventProbe events = new EventProbe(brokers, "dp.hazard.events")) {
            List<ConsumerRecord<String, String>> steps = events.drain(r -> HazardLoopApiTest.aggregate(r).equals(id)
                    && HazardLoopApiTest.type(r).equals("hazard.overdue-step.v1"), Duration.ofSeconds(5));
            assertThat(steps).extracting(r -> JSON.readTree(r.value()).get("data").get("notified").asString())
                    .containsExactly("RESPONSIBLE_PERSON", "DEPARTMENT_HEAD", "PLANT_MAIN_RESPONSIBLE_PERSON");
            JsonNode last = JSON.readTree(steps.get(2).value()).get("data");
            assertThat(last.get("step").asInt()).isEqualTo(2);
            assertThat(last.get("daysOverdue").asLong()).isEqualTo(5);
            assertThat(last.get("flaggedToGroup").asBoolean()).isTrue();
        }
        JsonNode history = head.get("/api/v1/hazards/" + id + "/history").json();
        assertThat(history.valueStream().filter(e -> e.get("step").asString().equals("OVERDUE_STEP")).count()).isEqualTo(3);
    }
}
