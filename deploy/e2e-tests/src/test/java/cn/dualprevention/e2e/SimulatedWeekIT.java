package cn.dualprevention.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import cn.dualprevention.deploy.local.AotCache;
import cn.dualprevention.deploy.local.LocalSuite;
import cn.dualprevention.deploy.local.Ports;
import cn.dualprevention.deploy.local.RunningSuite;
import cn.dualprevention.deploy.local.SpringApp;
import cn.dualprevention.deploy.simulator.Simulator;
import cn.dualprevention.e2e.support.E2eIdentity;
import cn.dualprevention.e2e.support.Gateway;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9, acceptance 1: local mode shows a populated group, and the simulator plays a week of it in a few minutes.
 * A suite of its own (its own data directory and free ports, started before the classes that share
 * {@code SharedSuite}, which stays on real time) starts a week in the past with the demo group; the week is played in
 * two minutes; afterwards a user sees records of every enterprise, missed cycles as "not inspected", hazards
 * registered and some remediated, a weekly score per enterprise, and the plant that inspects for show flagged by the
 * assessment's signal detector.
 */
@Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatedWeekIT {

    static final String GROUP = "zhongyuan-energy-group";
    static final Set<String> FOR_SHOW_SIGNS = Set.of("END_OF_WINDOW_BURST", "FAST_CHECKS", "LOCATION_FAR", "ZERO_HAZARDS");

    RunningSuite suite;
    Simulator.Summary summary;
    Gateway admin;
    List<String> enterprises = new ArrayList<>();

    @BeforeAll
    void startASuiteThatLivesAWeekInThePast() {
        Path home = privateHome(Path.of(System.getProperty("dp.home", "../..")).toAbsolutePath().normalize());
        suite = LocalSuite.builder()
                .home(home)
                .dataDir(Path.of("target", "simulated-week-" + System.currentTimeMillis()).toAbsolutePath())
                .ports(Ports.allFree())
                .aot(AotCache.Mode.OFF)
                .startupTimeout(Duration.ofSeconds(300))
                .simulate(LocalSuite.Simulation.week().lasting(Duration.ofMinutes(2)))
                .demoReceiver(true)
                .start();
        E2eIdentity.configureFor(suite);
        summary = suite.simulationSummary();
        admin = Gateway.at(suite.gatewayUrl()).as(E2eIdentity.Caller.groupWide("sim-it-admin", GROUP, "GROUP_ADMIN"));
        admin.get("/api/v1/enterprises").json(200).forEach(e -> enterprises.add(e.path("id").asString()));
    }

    /**
     * A copy of the jars and the demo: the suite runs for several minutes, and a module rebuilt meanwhile (another
     * build on the same machine) must not pull the classes from under a running service.
     */
    static Path privateHome(Path repo) {
        Path home = Path.of("target", "simulated-week-home").toAbsolutePath();
        try {
            for (SpringApp app : SpringApp.ALL) {
                Path target = app.jar(home);
                Files.createDirectories(target.getParent());
                Files.copy(app.jar(repo), target, StandardCopyOption.REPLACE_EXISTING);
            }
            Path demo = home.resolve("deploy/local/demo/demo.json");
            Files.createDirectories(demo.getParent());
            Files.copy(repo.resolve("deploy/local/demo/demo.json"), demo, StandardCopyOption.REPLACE_EXISTING);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the suite's jars to " + home, e);
        }
    }

    @AfterAll
    void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void theWeekWasPlayedUntilThePresent() {
        assertThat(summary).isNotNull();
        assertThat(summary.simEnd()).isBefore(Instant.now());
        assertThat(Duration.between(summary.simStart(), summary.simEnd())).isGreaterThan(Duration.ofDays(6));
        assertThat(summary.totals().submitted()).isGreaterThan(500);
        assertThat(summary.totals().refused()).isLessThan(summary.totals().submitted() / 50);
        assertThat(summary.totals().unitStops()).isEqualTo(1);
        assertThat(enterprises).hasSize(5);
    }

    @Test
    void everyEnterpriseHasRecordsAndTheMissedCyclesAreNotInspectedRecords() {
        try (MongoClient mongo = MongoClients.create(suite.mongoUri())) {
            MongoCollection<Document> records = mongo.getDatabase("dp-inspection").getCollection("inspection_records");
            for (String enterprise : enterprises) {
                assertThat(records.countDocuments(new Document("enterpriseId", enterprise)
                        .append("status", new Document("$ne", "NOT_INSPECTED")))).as("records of %s", enterprise).isGreaterThan(20);
            }
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(records.countDocuments(
                    new Document("status", "NOT_INSPECTED"))).isGreaterThanOrEqualTo(summary.totals().missed() / 2).isPositive());
        }
    }

    @Test
    void hazardsWereRegisteredFromTheRecordsAndSomeRemediated() {
        List<JsonNode> hazards = new ArrayList<>();
        for (String enterprise : enterprises) {
            admin.get("/api/v1/hazards?enterpriseId=" + enterprise).json(200).forEach(hazards::add);
        }
        assertThat(hazards).hasSizeGreaterThanOrEqualTo(summary.totals().hazardsFound()).isNotEmpty();
        assertThat(hazards).allSatisfy(h -> assertThat(h.path("recordId").asString("")).isNotBlank());
        assertThat(hazards).anyMatch(h -> h.path("state").asString().equals("ACCEPTED"));
    }

    @Test
    void everyEnterpriseHasAWeeklyScore() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            for (String enterprise : enterprises) {
                JsonNode scores = admin.get("/api/v1/scores?enterpriseId=" + enterprise + "&from=" + today.minusDays(14)
                        + "&to=" + today.plusDays(1)).json(200);
                assertThat(scores.isArray() && !scores.isEmpty()).as("a kept weekly score of %s", enterprise).isTrue();
                // the week the simulation ran through was scored, with its records
                assertThat(scores).anySatisfy(s -> assertThat(s.path("score").path("terms").toString()).doesNotContain(
                        "task cycles with a check 0 ÷ cycles due 0"));
            }
        });
    }

    @Test
    void thePlantThatInspectsForShowIsFlaggedAndTheOthersAreNot() {
        String forShow = summary.forShowEnterpriseId();
        admin.post("/api/v1/warnings/scans?enterpriseId=" + forShow, "");
        List<String> kinds = new ArrayList<>();
        admin.get("/api/v1/warnings?state=active&enterpriseId=" + forShow).json(200)
                .forEach(w -> kinds.add(w.path("kind").asString()));
        assertThat(kinds).as("warnings of the plant that inspects for show").containsAnyElementsOf(FOR_SHOW_SIGNS);
        assertThat(kinds.stream().filter(FOR_SHOW_SIGNS::contains).distinct().count()).isGreaterThanOrEqualTo(2);
        for (String other : enterprises) {
            if (other.equals(forShow)) {
                continue;
            }
            List<String> theirs = new ArrayList<>();
            admin.get("/api/v1/warnings?state=active&enterpriseId=" + other).json(200)
                    .forEach(w -> theirs.add(w.path("kind").asString()));
            assertThat(theirs).as("warnings of %s, which inspects for real", other)
                    .doesNotContain("END_OF_WINDOW_BURST", "LOCATION_FAR", "ZERO_HAZARDS");
        }
    }

    /**
     * Issue 7, acceptance 1: every record type built from the demo enterprise's simulated week (risk units, events,
     * measures, tasks, records with missed cycles, the unit stop, hazards) passes the strict sandbox hub's field
     * rules, code tables and parent checks — through the receiver local mode configures for the demo enterprise
     * (the group's first, company code 410800001; the sandbox's demo account serves one enterprise).
     */
    @Test
    void everyRecordTypeOfTheDemoEnterpriseIsAcceptedByTheSandboxHub() {
        Set<String> recordTypes = Set.of("riskUnit", "riskEvent", "controlMeasure", "checkTask", "checkRecord",
                "hiddenDanger", "unitStop");
        Gateway manager = Gateway.at(suite.gatewayUrl()).as(E2eIdentity.Caller.groupWide("sim-it-manager", GROUP,
                "GROUP_ADMIN", "SAFETY_MANAGER"));
        String demoEnterprise = null;
        for (JsonNode e : manager.get("/api/v1/enterprises").json(200)) {
            if ("410800001".equals(e.path("companyCode").asString(""))) {
                demoEnterprise = e.path("id").asString();
            }
        }
        assertThat(demoEnterprise).as("the demo enterprise 410800001").isNotNull();
        String deliveries = "/api/v1/deliveries?receiverId=sandbox-" + demoEnterprise + "&enterpriseId=" + demoEnterprise;
        await("the demo enterprise delivered to the sandbox hub").atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(5))
                .untilAsserted(() -> {
                    for (String state : List.of("PENDING", "SENT")) {
                        assertThat(manager.get(deliveries + "&state=" + state).json(200))
                                .as("%s deliveries; by state and type now: %s", state, deliveryCounts(manager, deliveries))
                                .isEmpty();
                    }
                });
        JsonNode rejected = manager.get(deliveries + "&state=REJECTED").json(200);
        assertThat(rejected).as("records the hub rejected: %s", rejected).isEmpty();
        Set<String> acceptedTypes = new java.util.TreeSet<>();
        for (String type : recordTypes) {
            if (!manager.get(deliveries + "&state=ACCEPTED&recordType=" + type).json(200).isEmpty()) {
                acceptedTypes.add(type);
            }
        }
        assertThat(acceptedTypes).containsExactlyInAnyOrderElementsOf(recordTypes);
    }

    /** "PENDING checkRecord=970 …" — what the deliveries look like (each list is capped by the API). */
    private static String deliveryCounts(Gateway manager, String deliveries) {
        java.util.Map<String, java.util.Map<String, Integer>> counts = new java.util.TreeMap<>();
        for (String state : List.of("PENDING", "SENT", "HELD", "REJECTED", "ACCEPTED")) {
            for (JsonNode d : manager.get(deliveries + "&state=" + state).json(200)) {
                counts.computeIfAbsent(state, k -> new java.util.TreeMap<>()).merge(d.path("recordType").asString(), 1, Integer::sum);
            }
        }
        return counts.toString();
    }
}
