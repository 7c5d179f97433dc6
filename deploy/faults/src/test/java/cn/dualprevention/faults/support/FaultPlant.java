package cn.dualprevention.faults.support;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/**
 * The enterprise of the fault run, built through the gateway as its safety manager would: one major hazard source
 * with one unit and one risk event, {@code tasks} control measures checked by inspection (each becomes an
 * inspection task in inspection-service), each task scheduled hourly inside a daily window that has just opened, and
 * spread over inspectors so that no inbox holds more than {@value #TASKS_PER_INSPECTOR} tasks (the inbox shows
 * 200 cycles). Its records go to the sandbox hub through an http-batch receiver.
 *
 * <p>Every record needs a cycle of its own (one record per cycle), so the number of tasks bounds how many records
 * the load driver can send in the hour the windows last.
 */
public final class FaultPlant {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int TASKS_PER_INSPECTOR = 80;
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final FaultSuite suite;
    private final String group;
    private final Api manager;
    private final String enterpriseId;
    private final String companyCode;
    private final Map<String, Api> inspectors = new ConcurrentHashMap<>();
    private String unitId;
    private String receiverId;

    private FaultPlant(FaultSuite suite, String group, Api manager, String enterpriseId, String companyCode) {
        this.suite = suite;
        this.group = group;
        this.manager = manager;
        this.enterpriseId = enterpriseId;
        this.companyCode = companyCode;
    }

    /** Registers the enterprise (a new group of its own) and its risk model, schedules the tasks, connects the hub. */
    public static FaultPlant build(FaultSuite suite, int tasks, Consumer<String> log) {
        String group = "faults-" + System.currentTimeMillis();
        Api manager = Api.at(suite.gatewayUrl()).as(suite.issuerUrl(), "faults.manager", group, "*",
                "GROUP_ADMIN,SAFETY_MANAGER");
        String companyCode = Integer.toString(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        String first17 = "91410100MA" + companyCode.substring(2);
        JsonNode enterprise = manager.post("/api/v1/enterprises", """
                {"name":"豫中LNG储配站（故障演练）","companyCode":"%s","uscc":"%s","timeZone":"Asia/Shanghai"}"""
                .formatted(companyCode, first17 + checkCharacter(first17))).json(201);
        FaultPlant plant = new FaultPlant(suite, group, manager, enterprise.get("id").asString(), companyCode);
        plant.connectSandbox();
        plant.riskModel(tasks, log);
        return plant;
    }

    public String enterpriseId() {
        return enterpriseId;
    }

    public String companyCode() {
        return companyCode;
    }

    public String group() {
        return group;
    }

    public Api manager() {
        return manager;
    }

    public String receiverId() {
        return receiverId;
    }

    /** The inspector's own API (cycles are assigned to them by person id). */
    public Api inspector(String personId) {
        return inspectors.computeIfAbsent(personId, p -> Api.at(suite.gatewayUrl())
                .as(suite.issuerUrl(), p, group, enterpriseId, "INSPECTOR"));
    }

    /** The sandbox hub's {@code default} profile as this enterprise's http-batch receiver (secret set "sandbox"). */
    private void connectSandbox() {
        receiverId = manager.post("/api/v1/receivers", """
                {"name":"省级平台（沙箱，故障演练）","profile":"http-batch","enterpriseId":"%s","baseUrl":"%s/default",
                 "integerCheckCycle":true,"credentials":"sandbox"}""".formatted(enterpriseId, suite.sandboxUrl()))
                .json(201).get("id").asString();
    }

    private void riskModel(int tasks, Consumer<String> log) {
        String objectId = manager.post("/api/v1/risk-objects", """
                {"enterpriseId":"%s","hazardCode":"%s001","name":"LNG储罐区重大危险源","majorHazardSource":true,"majorHazardGrade":2,
                 "mainResponsiblePersonId":"p-plant-head","technicalResponsiblePersonId":"p-chief-engineer",
                 "operationalResponsiblePersonId":"p-shift-lead"}""".formatted(enterpriseId, companyCode)).json(201)
                .get("id").asString();
        unitId = manager.post("/api/v1/risk-units", """
                {"enterpriseId":"%s","riskObjectId":"%s","hazardCode":"%s001","name":"1号LNG储罐","responsibleDepartment":"储运车间",
                 "responsiblePerson":"张伟","riskLevel":"MAJOR","longitude":113.7512,"latitude":34.7226}"""
                .formatted(enterpriseId, objectId, companyCode)).json(201).get("id").asString();
        String eventId = manager.post("/api/v1/risk-events", """
                {"unitId":"%s","name":"储罐超压泄漏","consequence":"火灾爆炸、人员伤亡"}""".formatted(unitId)).json(201)
                .get("id").asString();
        long t0 = System.nanoTime();
        List<String> measureIds = parallel(tasks, i -> manager.post("/api/v1/control-measures", """
                {"riskEventId":"%s","controlMode":"INSPECTION","description":"液位压力报警联锁 #%d","classify1":"1","classify2":"1-4",
                 "troubleshootContent":"检查液位、压力高高报警及联锁投用 #%d","controlLevel":"WORKSHOP"}"""
                .formatted(eventId, i, i)).json(201).get("id").asString());
        log.accept(String.format("%d control measures in %.0f s", tasks, (System.nanoTime() - t0) / 1e9));
        List<String> taskIds = new ArrayList<>();
        await("an inspection task per measure").atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(3))
                .until(() -> {
                    JsonNode list = manager.get("/api/v1/inspection-tasks?enterpriseId=" + enterpriseId).json(200);
                    taskIds.clear();
                    list.forEach(t -> taskIds.add(t.get("id").asString()));
                    return taskIds.size() >= tasks;
                });
        log.accept(String.format("%d inspection tasks after %.0f s", taskIds.size(), (System.nanoTime() - t0) / 1e9));
        // the daily window opens in a few seconds (plant time), hourly cycles: the first one of each task is due for
        // an hour; the task starts just now, so that no cycle of yesterday is generated and marked missed
        LocalTime open = LocalTime.now(ZONE).plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        String taskStart = Instant.now().minus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS).toString();
        parallel(taskIds.size(), i -> {
            manager.put("/api/v1/inspection-tasks/" + taskIds.get(i) + "/schedule", """
                    {"cycle":1,"cycleUnit":"HOUR","taskStartTime":"%s","workStartTime":"%s","workEndTime":"%s",
                     "workDayType":"EVERY_DAY","workType":"ROUTINE","assigneePersonId":"%s"}"""
                    .formatted(taskStart, open, open.plusHours(2), inspectorOf(i))).json(200);
            return null;
        });
        log.accept(String.format("%d tasks scheduled after %.0f s", taskIds.size(), (System.nanoTime() - t0) / 1e9));
    }

    static String inspectorOf(int task) {
        return "p-fault-inspector-" + (task / TASKS_PER_INSPECTOR);
    }

    /**
     * The cycles due now in the inspectors' inboxes, once every task has one (cycle generation runs every few
     * seconds in the fault suite), shuffled.
     */
    public List<Cycle> awaitDueCycles(int tasks) {
        int people = (tasks + TASKS_PER_INSPECTOR - 1) / TASKS_PER_INSPECTOR;
        List<Cycle> due = Collections.synchronizedList(new ArrayList<>());
        await("a due cycle for each of " + tasks + " tasks").atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(3))
                .until(() -> {
                    due.clear();
                    for (int p = 0; p < people; p++) {
                        String person = "p-fault-inspector-" + p;
                        for (JsonNode c : inspector(person).get("/api/v1/me/inbox").json(200).path("dueNow")) {
                            due.add(new Cycle(c.get("id").asString(), person, Instant.parse(c.get("windowStart").asString()),
                                    Instant.parse(c.get("windowEnd").asString())));
                        }
                    }
                    return due.size() >= tasks;
                });
        List<Cycle> shuffled = new ArrayList<>(due);
        Collections.shuffle(shuffled);
        return shuffled;
    }

    /**
     * Waits until the sandbox hub holds a checkTask for every task (the parents a checkRecord needs): the run starts
     * from a settled suite, and the first fault's recovery time is not the first sync's.
     */
    public void awaitHubHoldsTasks(int tasks, Duration timeout) {
        Api hub = Api.at(suite.sandboxUrl());
        await("the sandbox hub holds " + tasks + " checkTasks").atMost(timeout).pollInterval(Duration.ofSeconds(5))
                .until(() -> hub.get("/admin/records?profile=default&type=checkTask&companyCode=" + companyCode + "&limit=1")
                        .json(200).path("count").asLong() >= tasks);
    }

    public String unitId() {
        return unitId;
    }

    /** A cycle open for a record: its id, the person it is assigned to, its window. */
    public record Cycle(String id, String personId, Instant windowStart, Instant windowEnd) {
    }

    private static <T> List<T> parallel(int n, java.util.function.IntFunction<T> call) {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> call.apply(k)));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** GB 32100 check character of a unified social credit code. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}
