package cn.dualprevention.inspection;

import cn.dualprevention.platform.test.TestClock;
import cn.dualprevention.inspection.cycle.application.CycleGeneration;
import cn.dualprevention.inspection.cycle.domain.CycleState;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.cycle.domain.InspectionCycles;
import cn.dualprevention.inspection.record.application.MissedCycles;
import cn.dualprevention.inspection.cycle.domain.StoppedUnits;
import cn.dualprevention.inspection.record.domain.InspectionRecord;
import cn.dualprevention.inspection.record.domain.InspectionRecords;
import cn.dualprevention.inspection.riskmodel.domain.RiskModel;
import cn.dualprevention.inspection.task.domain.ControlMeasure;
import cn.dualprevention.inspection.task.domain.CycleUnit;
import cn.dualprevention.inspection.task.domain.InspectionTask;
import cn.dualprevention.inspection.task.domain.InspectionTasks;
import cn.dualprevention.inspection.task.domain.TaskSchedule;
import cn.dualprevention.inspection.task.domain.WorkDayType;
import cn.dualprevention.inspection.task.domain.WorkType;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.ServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Acceptance 3 (records, offline batch) and 4 (missed cycles). */
@ServiceTest
class InspectionRecordTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant BASE = Instant.parse("2026-06-01T00:00:00Z");
    /** The unit's location: 上海 LNG 储罐区. */
    private static final double LON = 121.4737;
    private static final double LAT = 31.2304;

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    InspectionCycles cycles;
    @Autowired
    InspectionRecords records;
    @Autowired
    StoppedUnits stops;
    @Autowired
    RiskModel riskModel;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;
    @Autowired
    InspectionTasks tasks;
    @Autowired
    CycleGeneration generation;

    String group;
    String enterpriseId;
    String unitId;
    String person;
    ApiClient inspector;

    @BeforeEach
    void plant() {
        group = "group-" + UUID.randomUUID();
        enterpriseId = "ent-" + UUID.randomUUID();
        unitId = "unit-" + UUID.randomUUID();
        person = "zhao.lei-" + UUID.randomUUID();
        inspector = ApiClient.as("http://localhost:" + port, person, group).withRoles("INSPECTOR");
        Scenario.publish(kafka, "risk.unit.created.v1", group, enterpriseId, unitId, 1,
                Scenario.unit(unitId, enterpriseId, LON, LAT, "QR-" + unitId));
        Scenario.publish(kafka, "risk.person.changed.v1", group, enterpriseId, person, 1,
                Scenario.person(person, enterpriseId, "赵磊", "post-patrol"));
        await().atMost(Duration.ofSeconds(30)).until(() -> riskModel.unit(unitId).isPresent()
                && riskModel.person(person).isPresent());
        clock.set(BASE.plus(Duration.ofHours(600)));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anOfflineBatchOfFiveHundredSentTwiceMakesFiveHundredRecords() {
        List<InspectionCycle> hourly = hourlyCycles(500, person);
        List<String> items = new ArrayList<>();
        for (InspectionCycle cycle : hourly) {
            items.add(item(UUID.randomUUID().toString(), cycle.id(), "NORMAL", cycle.windowStart().plusSeconds(600), null, LON, LAT));
        }
        String batch = "{\"records\":[" + String.join(",", items) + "]}";

        JsonNode first = inspector.post("/api/v1/inspection-records/batch", batch).json();
        JsonNode second = inspector.post("/api/v1/inspection-records/batch", batch).json();

        assertThat(first.get("accepted").asInt()).isEqualTo(500);
        assertThat(second.get("duplicate").asInt()).isEqualTo(500);
        assertThat(second.get("accepted").asInt() + second.get("rejected").asInt()).isZero();
        for (int i = 0; i < 500; i++) {
            assertThat(second.get("results").get(i).get("recordId").asString())
                    .isEqualTo(first.get("results").get(i).get("recordId").asString());
        }
        Set<String> ids = hourly.stream().map(InspectionCycle::id).collect(Collectors.toSet());
        assertThat(mongo.count(Query.query(Criteria.where("cycleId").in(ids)), "inspection_records")).isEqualTo(500);
        assertThat(hourly).allSatisfy(c -> assertThat(cycles.find(c.id()).orElseThrow().state()).isEqualTo(CycleState.DONE));
    }

    @Test
    void badItemsAreRejectedByThemselvesWithTheirReasons() {
        List<InspectionCycle> mine = hourlyCycles(4, person);
        InspectionCycle someoneElses = hourlyCycles(1, "sun.li").getFirst();
        String tooLarge = Base64.getEncoder().encodeToString(new byte[20_001]);
        String batch = "{\"records\":[" + String.join(",",
                item("ok-" + UUID.randomUUID(), mine.get(0).id(), "NORMAL", mine.get(0).windowStart().plusSeconds(60), null, LON, LAT),
                item("unknown-" + UUID.randomUUID(), "no-such-cycle", "NORMAL", BASE, null, null, null),
                item("stranger-" + UUID.randomUUID(), someoneElses.id(), "NORMAL", someoneElses.windowStart(), null, null, null),
                item("again-" + UUID.randomUUID(), mine.get(0).id(), "NORMAL", mine.get(0).windowStart(), null, null, null),
                item("status-" + UUID.randomUUID(), mine.get(1).id(), "FINE", mine.get(1).windowStart(), null, null, null),
                item("photo-" + UUID.randomUUID(), mine.get(2).id(), "NORMAL", mine.get(2).windowStart(),
                        "[{\"contentType\":\"image/jpeg\",\"data\":\"" + tooLarge + "\"}]", null, null)) + "]}";

        JsonNode results = inspector.post("/api/v1/inspection-records/batch", batch).json().get("results");

        assertThat(results.get(0).get("result").asString()).isEqualTo("ACCEPTED");
        assertThat(rejection(results.get(1))).isEqualTo("unknown-cycle");
        assertThat(rejection(results.get(2))).isEqualTo("not-assigned");
        assertThat(rejection(results.get(3))).isEqualTo("cycle-closed");
        assertThat(rejection(results.get(4))).isEqualTo("bad-status");
        assertThat(rejection(results.get(5))).isEqualTo("photo-too-large");
        assertThat(cycles.find(mine.get(1).id()).orElseThrow().state()).isEqualTo(CycleState.OPEN);
    }

    @Test
    void aRecordWithoutItsCycleIsA400NamingTheField() {
        ApiClient.Response response = inspector.post("/api/v1/inspection-records",
                "{\"clientId\":\"" + UUID.randomUUID() + "\",\"status\":\"NORMAL\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.firstError()).isEqualTo("cycleId/required");
    }

    @Test
    void aHazardFoundAwayFromTheUnitIsAcceptedLateFlaggedAndAnnouncedForHazardService() {
        InspectionCycle cycle = hourlyCycles(1, person).getFirst();
        String photo = Base64.getEncoder().encodeToString(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});
        String body = item("hz-" + UUID.randomUUID(), cycle.id(), "HAZARD_FOUND", cycle.windowEnd().plusSeconds(300),
                "[{\"contentType\":\"image/jpeg\",\"data\":\"" + photo + "\"}]", LON + 0.01, LAT)
                .replace("\"remarks\"", "\"hazard\":{\"description\":\"储罐液位计失灵\",\"level\":\"MAJOR\",\"hazardType\":\"4\"},\"remarks\"");

        ApiClient.Response answer = inspector.post("/api/v1/inspection-records", body);

        assertThat(answer.status()).isEqualTo(201);
        JsonNode outcome = answer.json();
        assertThat(outcome.get("late").asBoolean()).isTrue();
        assertThat(outcome.get("locationMismatch").asBoolean()).isTrue(); // ~950 m east of the unit
        assertThat(outcome.get("qrTokenMatched").asBoolean()).isTrue();
        String recordId = outcome.get("recordId").asString();
        try (EventProbe probe = new EventProbe(brokers, "dp.inspection.events")) {
            List<ConsumerRecord<String, String>> events = probe.await(r -> r.value().contains(recordId)
                    && r.value().contains("inspection.record.submitted.v1"), 1, Duration.ofSeconds(30));
            assertThat(events).hasSize(1);
            JsonNode data = JSON.readTree(events.getFirst().value()).get("data");
            assertThat(data.get("measureId").asString()).isEqualTo(cycle.measureId());
            assertThat(data.get("riskObjectId").asString()).isEqualTo("obj-1");
            assertThat(data.get("personName").asString()).isEqualTo("赵磊");
            assertThat(data.get("mobile").asString()).isEqualTo("13800138000");
            assertThat(data.get("hazard").get("level").asString()).isEqualTo("MAJOR");
            assertThat(data.get("hazard").get("source").asString()).isEqualTo("1");
            String photoId = data.get("photoIds").get(0).asString();
            ApiClient.Response served = inspector.get("/api/v1/inspection-photos/" + photoId);
            assertThat(served.contentType()).startsWith("image/jpeg");
        }
        ApiClient.Response again = inspector.post("/api/v1/inspection-records", body.replace("hz-", "hz2-"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asString()).isEqualTo("cycle-closed");
    }

    /** Exchange-service's own identity (SERVICE, group "*") fetches a record photo of any group; a person of another group gets 404. */
    @Test
    void aSuiteServiceReadsARecordPhotoOfAnyGroupAPersonOfAnotherGroupDoesNot() {
        InspectionCycle cycle = hourlyCycles(1, person).getFirst();
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 7, 8, 9};
        ApiClient.Response answer = inspector.post("/api/v1/inspection-records", item("svc-" + UUID.randomUUID(), cycle.id(),
                "NORMAL", cycle.windowStart().plusSeconds(60),
                "[{\"contentType\":\"image/jpeg\",\"data\":\"" + Base64.getEncoder().encodeToString(jpeg) + "\"}]", LON, LAT));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String photoId = inspector.get("/api/v1/inspection-records/" + answer.json().get("recordId").asString())
                .json().get("photoIds").get(0).asString();
        String path = "/api/v1/inspection-photos/" + photoId;
        String base = "http://localhost:" + port;

        byte[] fetched = ApiClient.asService(base, "dp-exchange-service").getBytes(path);
        assertThat(fetched).isEqualTo(jpeg);

        ApiClient.Response foreign = ApiClient.as(base, "wang.qiang", "group-" + UUID.randomUUID()).withRoles("INSPECTOR").get(path);
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        assertThat(foreign.isProblem()).isTrue();
        ApiClient.Response foreignManager = ApiClient.as(base, "li.na", "group-" + UUID.randomUUID())
                .withRoles("SAFETY_MANAGER", "GROUP_ADMIN").get(path);
        assertThat(foreignManager.status()).isEqualTo(404);
        // the service's identity opens this endpoint only: the record itself stays closed to it
        ApiClient.Response record = ApiClient.asService(base, "dp-exchange-service")
                .get("/api/v1/inspection-records/" + answer.json().get("recordId").asString());
        assertThat(record.status()).isEqualTo(403);
        assertThat(ApiClient.asService(base, "dp-exchange-service").get("/api/v1/inspection-photos/no-such-photo").status())
                .isEqualTo(404);
    }

    @Test
    void aCycleEndedWithoutRecordIsMissedOnceHoweverOftenTheJobRuns() throws Exception {
        List<InspectionCycle> ended = hourlyCycles(20, person);
        Clock now = clock;
        MissedCycles one = new MissedCycles(cycles, records, stops, now);
        MissedCycles two = new MissedCycles(cycles, records, stops, now);

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(one::closeEnded);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(two::closeEnded);
        first.get();
        second.get();
        one.closeEnded();

        Set<String> ids = ended.stream().map(InspectionCycle::id).collect(Collectors.toSet());
        assertThat(mongo.count(Query.query(Criteria.where("cycleId").in(ids).and("status").is("NOT_INSPECTED")),
                "inspection_records")).isEqualTo(20);
        assertThat(ended).allSatisfy(c -> assertThat(cycles.find(c.id()).orElseThrow().state()).isEqualTo(CycleState.MISSED));
        try (EventProbe probe = new EventProbe(brokers, "dp.inspection.events")) {
            List<ConsumerRecord<String, String>> missed = probe.drain(r -> r.value().contains("inspection.cycle.missed.v1")
                    && ids.stream().anyMatch(r.value()::contains), Duration.ofSeconds(3));
            assertThat(missed).hasSize(20);
        }
    }

    @Test
    void aStoppedUnitProducesNoMissedCycles() {
        ApiClient manager = ApiClient.as("http://localhost:" + port, "safety.manager", group).withRoles("SAFETY_MANAGER");
        ApiClient.Response stop = manager.post("/api/v1/unit-stops", """
                {"unitId":"%s","start":"%s","end":"%s","reason":"储罐清罐检修"}
                """.formatted(unitId, BASE, BASE.plus(Duration.ofHours(6))));
        assertThat(stop.status()).isEqualTo(201);
        List<InspectionCycle> hourly = hourlyCycles(8, person); // 6 inside the stop, 2 after it

        new MissedCycles(cycles, records, stops, clock).closeEnded();

        assertThat(hourly.subList(6, 8)).allSatisfy(c ->
                assertThat(cycles.find(c.id()).orElseThrow().state()).isEqualTo(CycleState.MISSED));
        assertThat(hourly.subList(0, 6)).allSatisfy(c ->
                assertThat(cycles.find(c.id()).orElseThrow().state()).isEqualTo(CycleState.SUSPENDED));
        assertThat(manager.get("/api/v1/unit-stops?enterpriseId=" + enterpriseId).json().get(0).get("reason").asString())
                .isEqualTo("储罐清罐检修");

        // stopped again from now on, then ended early: the cycles still to come are due again
        Instant now = clock.instant();
        List<InspectionCycle> coming = hourlyCycles(2, person, now.plus(Duration.ofHours(1)));
        String stopId = manager.post("/api/v1/unit-stops", """
                {"unitId":"%s","start":"%s","reason":"停车大修"}
                """.formatted(unitId, now)).json().get("id").asString();
        assertThat(coming).allSatisfy(c -> assertThat(cycles.find(c.id()).orElseThrow().state()).isEqualTo(CycleState.SUSPENDED));
        InspectionTask daily = dailyTask();
        generation.generate(List.of(daily), now, now.plus(Duration.ofDays(2)));
        List<InspectionCycle> generatedWhileStopped = cycles.ofTask(daily.id(), now, now.plus(Duration.ofDays(2)));
        assertThat(generatedWhileStopped).hasSize(2).allSatisfy(c -> assertThat(c.state()).isEqualTo(CycleState.SUSPENDED));
        assertThat(inspector.get("/api/v1/me/inbox").json().get("upcoming").size()).isZero();
        assertThat(manager.post("/api/v1/unit-stops/" + stopId + "/end", "{\"end\":\"%s\"}"
                .formatted(now.plus(Duration.ofMinutes(30)))).status()).isEqualTo(200);
        assertThat(coming).allSatisfy(c -> assertThat(cycles.find(c.id()).orElseThrow().state()).isEqualTo(CycleState.OPEN));
        assertThat(generatedWhileStopped).allSatisfy(c -> assertThat(cycles.find(c.id()).orElseThrow().state()).isEqualTo(CycleState.OPEN));
        assertThat(manager.post("/api/v1/unit-stops", "{\"unitId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"reason\":\"x\"}"
                .formatted(unitId, BASE, BASE)).firstError()).isEqualTo("end/after-start");
    }

    @Test
    void generationLooksUpTheStopsOfAllItsUnitsAtOnceAndSuspendsOnlyTheStoppedUnitsCycles() {
        Instant now = clock.instant();
        ApiClient manager = ApiClient.as("http://localhost:" + port, "safety.manager", group).withRoles("SAFETY_MANAGER");
        assertThat(manager.post("/api/v1/unit-stops", """
                {"unitId":"%s","start":"%s","end":"%s","reason":"停车大修"}
                """.formatted(unitId, now, now.plus(Duration.ofDays(3)))).status()).isEqualTo(201);
        String runningUnit = "unit-" + UUID.randomUUID();
        var periods = stops.periods(List.of(unitId, runningUnit), now, now.plus(Duration.ofDays(1)));
        assertThat(periods).containsOnlyKeys(unitId);
        assertThat(periods.get(unitId)).hasSize(1);

        InspectionTask stopped = dailyTask();
        InspectionTask running = dailyTask(runningUnit);
        generation.generate(List.of(stopped, running), now, now.plus(Duration.ofDays(2)));

        assertThat(cycles.ofTask(stopped.id(), now, now.plus(Duration.ofDays(2))))
                .hasSize(2).allSatisfy(c -> assertThat(c.state()).isEqualTo(CycleState.SUSPENDED));
        assertThat(cycles.ofTask(running.id(), now, now.plus(Duration.ofDays(2))))
                .hasSize(2).allSatisfy(c -> assertThat(c.state()).isEqualTo(CycleState.OPEN));
    }

    @Test
    void riskServiceStoppingAUnitSuspendsItsCyclesHereToo() {
        Instant now = clock.instant();
        List<InspectionCycle> coming = hourlyCycles(2, person, now.plus(Duration.ofHours(1)));
        Scenario.publish(kafka, "risk.unit.stopped.v1", group, enterpriseId, unitId, 2, """
                {"unitId":"%s","enterpriseId":"%s","stopStartTime":"%s","reason":"停产"}
                """.formatted(unitId, enterpriseId, now));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(coming).allSatisfy(c ->
                assertThat(cycles.find(c.id()).orElseThrow().state()).isEqualTo(CycleState.SUSPENDED)));
        ApiClient manager = ApiClient.as("http://localhost:" + port, "safety.manager", group).withRoles("SAFETY_MANAGER");
        assertThat(manager.get("/api/v1/unit-stops?enterpriseId=" + enterpriseId).json().get(0).get("source").asString())
                .isEqualTo("RISK");
    }

    @Test
    void aRecordForAMissedCycleInsideTheOfflineGraceCorrectsItAndALaterOneIsRefusedByItself() {
        Instant now = clock.instant();
        List<InspectionCycle> recent = hourlyCycles(2, person, now.minus(Duration.ofHours(5))); // ended 4 h and 3 h ago
        InspectionCycle longAgo = hourlyCycles(1, person).getFirst(); // ended 599 h ago: beyond the 72 h grace
        new MissedCycles(cycles, records, stops, clock).closeEnded();
        String missedId = cycles.find(recent.get(0).id()).orElseThrow().recordId();
        assertThat(cycles.find(recent.get(0).id()).orElseThrow().state()).isEqualTo(CycleState.MISSED);

        String batch = "{\"records\":[" + String.join(",",
                item("in-window-" + UUID.randomUUID(), recent.get(0).id(), "NORMAL", recent.get(0).windowStart().plusSeconds(600), null, LON, LAT),
                item("late-" + UUID.randomUUID(), recent.get(1).id(), "NORMAL", recent.get(1).windowEnd().plusSeconds(1800), null, LON, LAT),
                item("too-late-" + UUID.randomUUID(), longAgo.id(), "NORMAL", longAgo.windowStart().plusSeconds(60), null, LON, LAT)) + "]}";
        JsonNode results = inspector.post("/api/v1/inspection-records/batch", batch).json().get("results");

        assertThat(results.get(0).get("result").asString()).isEqualTo("ACCEPTED");
        assertThat(results.get(0).get("replacesRecordId").asString()).isEqualTo(missedId);
        assertThat(results.get(0).get("late").asBoolean()).isFalse();
        assertThat(results.get(1).get("result").asString()).isEqualTo("ACCEPTED");
        assertThat(results.get(1).get("late").asBoolean()).isTrue();
        assertThat(rejection(results.get(2))).isEqualTo("offline-grace-expired");
        assertThat(results.get(2).get("message").asString()).contains("offline grace");
        String correctionId = results.get(0).get("recordId").asString();
        assertThat(cycles.find(recent.get(0).id()).orElseThrow()).satisfies(c -> {
            assertThat(c.state()).isEqualTo(CycleState.DONE);
            assertThat(c.recordId()).isEqualTo(correctionId);
        });
        assertThat(cycles.find(recent.get(1).id()).orElseThrow().state()).isEqualTo(CycleState.DONE);
        assertThat(cycles.find(longAgo.id()).orElseThrow().state()).isEqualTo(CycleState.MISSED);

        // the NOT_INSPECTED record stays, superseded, beside its correction
        JsonNode history = inspector.get("/api/v1/inspection-records?cycleId=" + recent.get(0).id()).json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("status").asString()).isEqualTo("NOT_INSPECTED");
        assertThat(history.get(0).get("supersededBy").asString()).isEqualTo(correctionId);
        assertThat(history.get(1).get("replacesRecordId").asString()).isEqualTo(missedId);

        // sent again: nothing new; another record for the corrected cycle: closed
        JsonNode again = inspector.post("/api/v1/inspection-records/batch", batch).json();
        assertThat(again.get("duplicate").asInt()).isEqualTo(2);
        assertThat(rejection(again.get("results").get(2))).isEqualTo("offline-grace-expired");
        ApiClient.Response second = inspector.post("/api/v1/inspection-records",
                item("second-" + UUID.randomUUID(), recent.get(0).id(), "NORMAL", recent.get(0).windowStart(), null, LON, LAT));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("rule").asString()).isEqualTo("cycle-closed");

        try (EventProbe probe = new EventProbe(brokers, "dp.inspection.events")) {
            List<ConsumerRecord<String, String>> events = probe.await(r -> r.value().contains(correctionId)
                    && r.value().contains("inspection.record.submitted.v1"), 1, Duration.ofSeconds(30));
            assertThat(JSON.readTree(events.getFirst().value()).get("data").get("replacesRecordId").asString()).isEqualTo(missedId);
        }
    }

    @Test
    void aRecordRacingTheMissedCycleJobBecomesACorrection() {
        InspectionCycle cycle = hourlyCycles(1, person, clock.instant().minus(Duration.ofHours(2))).getFirst();
        // the job has written the NOT_INSPECTED record but not yet closed the cycle: the phone still sees it OPEN
        InspectionRecord missed = InspectionRecord.missed(Ids.newId(), cycle, clock.instant());
        records.add(missed, new cn.dualprevention.platform.events.NewEvent("inspection.cycle.missed.v1", group,
                enterpriseId, missed.id(), missed.missedEvent(cycle)));

        ApiClient.Response answer = inspector.post("/api/v1/inspection-records",
                item("race-" + UUID.randomUUID(), cycle.id(), "NORMAL", cycle.windowStart().plusSeconds(60), null, LON, LAT));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("replacesRecordId").asString()).isEqualTo(missed.id());
        assertThat(records.find(missed.id()).orElseThrow().supersededBy()).isEqualTo(answer.json().get("recordId").asString());
        assertThat(cycles.find(cycle.id()).orElseThrow().state()).isEqualTo(CycleState.DONE);
        new MissedCycles(cycles, records, stops, clock).closeEnded(); // the job's late close changes nothing
        assertThat(cycles.find(cycle.id()).orElseThrow().state()).isEqualTo(CycleState.DONE);
    }

    /** A daily check of the unit by the inspector. */
    private InspectionTask dailyTask() {
        return dailyTask(unitId);
    }

    private InspectionTask dailyTask(String unit) {
        Instant now = clock.instant();
        InspectionTask task = InspectionTask.define(Ids.newId(), new ControlMeasure("m-" + UUID.randomUUID(), group,
                enterpriseId, "ev", unit, "INSPECTION", "储罐日检", null, 1, false), now, "test");
        tasks.add(task, List.of());
        InspectionTask scheduled = task.schedule(TaskSchedule.of(1, CycleUnit.DAY, BASE, null, null,
                WorkDayType.EVERY_DAY, WorkType.ROUTINE, null, null, person), now, "test");
        tasks.update(scheduled, List.of());
        return scheduled;
    }

    /** {@code n} consecutive hourly cycles of one task from BASE (all ended by the test clock). */
    private List<InspectionCycle> hourlyCycles(int n, String assignee) {
        return hourlyCycles(n, assignee, BASE);
    }

    private List<InspectionCycle> hourlyCycles(int n, String assignee, Instant from) {
        String taskId = Ids.newId();
        String measureId = "m-" + UUID.randomUUID();
        List<InspectionCycle> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant start = from.plus(Duration.ofHours(i));
            result.add(new InspectionCycle(Ids.newId(), 1, group, enterpriseId, taskId, measureId, unitId, "巡检储罐",
                    "ROUTINE", null, start, start.plus(Duration.ofHours(1)), List.of(assignee), CycleState.OPEN, null, "key"));
        }
        cycles.addNew(result);
        return result;
    }

    private String item(String clientId, String cycleId, String status, Instant checkTime, String photos, Double lon, Double lat) {
        return """
                {"clientId":"%s","cycleId":"%s","status":"%s","checkTime":"%s","deviceId":"phone-7","qrToken":"QR-%s",
                 "longitude":%s,"latitude":%s,"remarks":"巡检正常","photos":%s}
                """.formatted(clientId, cycleId, status, checkTime, unitId, lon, lat, photos);
    }

    private static String rejection(JsonNode result) {
        assertThat(result.get("result").asString()).isEqualTo("REJECTED");
        return result.get("rule").asString();
    }
}
