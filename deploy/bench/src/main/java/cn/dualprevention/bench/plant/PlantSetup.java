package cn.dualprevention.bench.plant;

import cn.dualprevention.bench.suite.Api;
import cn.dualprevention.bench.suite.DevTokens;
import cn.dualprevention.bench.suite.SuiteUrls;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds the bench plant through the public API, the way its safety manager would, and writes what the load needs
 * ({@link BenchPlant}) as JSON:
 * <ol>
 *   <li>registers a new enterprise in a new group (risk-service);</li>
 *   <li>imports its risk register (.xlsx, {@code bench.measuresPerUnit} inspection measures per unit, in workbooks of
 *   {@code bench.unitsPerImport} units) — inspection-service derives one task per measure;</li>
 *   <li>schedules every task once a year (年度检查, window = the calendar year in plant time), each done by a named
 *   bench inspector: reconciling the schedule generates the year's cycle at once, so each task has exactly one cycle
 *   open now, which accepts exactly one record;</li>
 *   <li>reads each inspector's inbox (at most {@value #PER_INSPECTOR} cycles each, under the inbox's limit of 200).</li>
 * </ol>
 * Usage: {@code PlantSetup <tasks> <out.json>}.
 */
public final class PlantSetup {

    static final int PER_INSPECTOR = 190;
    private static final ZoneId PLANT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration PROPAGATION = Duration.ofMinutes(Long.getLong("bench.setupTimeoutMinutes", 30));

    private final SuiteUrls urls;
    private final DevTokens tokens;
    private final int measuresPerUnit = Integer.getInteger("bench.measuresPerUnit", 100);
    private final int unitsPerImport = Integer.getInteger("bench.unitsPerImport", 20);
    private final int inFlight = Integer.getInteger("bench.setupConcurrency", 16);

    PlantSetup(SuiteUrls urls) {
        this.urls = urls;
        this.tokens = new DevTokens(urls.issuer());
    }

    public static void main(String[] args) throws Exception {
        int tasks = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long t0 = System.nanoTime();
        BenchPlant plant = new PlantSetup(SuiteUrls.fromEnvironment()).build(tasks);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Api.JSON.writeValue(out.toFile(), plant);
        System.out.printf("bench plant ready: enterprise %s, %d open cycles for %d inspectors, in %.0f s -> %s%n",
                plant.enterpriseId(), plant.cycles().size(), plant.inspectorTokens().size(),
                (System.nanoTime() - t0) / 1e9, out);
    }

    BenchPlant build(int tasks) throws InterruptedException {
        String group = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        String managerToken = tokens.mint("bench-mgr", group, List.of("*"), List.of("GROUP_ADMIN", "SAFETY_MANAGER"));
        Api manager = new Api(urls.gateway(), managerToken);

        String companyCode = Integer.toString(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        String first17 = "91410100MA" + companyCode.substring(2);
        JsonNode enterprise = manager.post("/api/v1/enterprises", """
                {"name":"基准测试液化天然气储配站 %s","companyCode":"%s","uscc":"%s","timeZone":"Asia/Shanghai"}"""
                .formatted(group, companyCode, first17 + Uscc.checkCharacter(first17))).json(201);
        String enterpriseId = enterprise.get("id").asString();
        log("enterprise %s (group %s, company code %s)", enterpriseId, group, companyCode);

        int units = (tasks + measuresPerUnit - 1) / measuresPerUnit;
        for (int first = 0; first < units; first += unitsPerImport) {
            int n = Math.min(unitsPerImport, units - first);
            byte[] workbook = RiskRegisterWorkbook.xlsx(RiskRegisterWorkbook.rows(companyCode + "001", first, n, measuresPerUnit));
            JsonNode report = importRegister(manager.at(urls.risk()), enterpriseId, workbook);
            if (report.path("importedMeasures").asInt() != n * measuresPerUnit) {
                throw new IllegalStateException("the risk register import refused rows: " + report);
            }
            log("imported units %d..%d (%d measures)", first, first + n - 1, n * measuresPerUnit);
        }

        List<String> unitIds = awaitUnits(manager, enterpriseId, units);
        List<JsonNode> allTasks = awaitTasks(manager, enterpriseId, unitIds);
        Map<String, String> unitOfTask = new LinkedHashMap<>();
        allTasks.forEach(t -> unitOfTask.put(t.get("id").asString(), t.get("unitId").asString()));

        int inspectors = (allTasks.size() + PER_INSPECTOR - 1) / PER_INSPECTOR;
        Map<String, String> inspectorTokens = new LinkedHashMap<>();
        for (int i = 0; i < inspectors; i++) {
            String person = "bi-%04d".formatted(i);
            inspectorTokens.put(person, tokens.mint(person, group, List.of(enterpriseId), List.of("INSPECTOR")));
        }
        schedule(manager.at(urls.inspection()), allTasks, new ArrayList<>(inspectorTokens.keySet()));

        List<BenchPlant.OpenCycle> cycles = new ArrayList<>();
        for (Map.Entry<String, String> inspector : inspectorTokens.entrySet()) {
            JsonNode inbox = new Api(urls.gateway(), inspector.getValue()).get("/api/v1/me/inbox").json(200);
            for (JsonNode c : inbox.path("dueNow")) {
                String taskId = c.get("taskId").asString();
                if (unitOfTask.containsKey(taskId)) {
                    cycles.add(new BenchPlant.OpenCycle(c.get("id").asString(), unitOfTask.get(taskId), inspector.getKey()));
                }
            }
        }
        if (cycles.size() < allTasks.size()) {
            throw new IllegalStateException("only " + cycles.size() + " of " + allTasks.size() + " tasks have a cycle open now");
        }
        return new BenchPlant(group, enterpriseId, companyCode, managerToken, inspectorTokens, cycles);
    }

    /**
     * Straight to risk-service (a large workbook can take longer than the gateway's timeout on a busy machine); posting
     * the same file again after a failure answers the first import's report ({@code replayed}), never imports twice.
     */
    private static JsonNode importRegister(Api risk, String enterpriseId, byte[] workbook) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Api.Response response = risk.postBytes("/api/v1/risk-register/import?enterpriseId=" + enterpriseId,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);
            if (response.status() == 200 || attempt == 5) {
                return response.json(200);
            }
            log("import answered %d, posting the same workbook again: %s", response.status(), response.body());
            Thread.sleep(5000);
        }
    }

    private List<String> awaitUnits(Api manager, String enterpriseId, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        while (true) {
            JsonNode units = manager.get("/api/v1/risk-units?enterpriseId=" + enterpriseId).json(200);
            if (units.size() >= expected) {
                List<String> ids = new ArrayList<>();
                units.forEach(u -> ids.add(u.get("id").asString()));
                return ids;
            }
            check(deadline, units.size() + " of " + expected + " units listed");
            Thread.sleep(1000);
        }
    }

    /** The tasks inspection-service derived from the imported measures (through dp.risk.events), unit by unit. */
    private List<JsonNode> awaitTasks(Api manager, String enterpriseId, List<String> unitIds) throws InterruptedException {
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        List<JsonNode> tasks = new ArrayList<>();
        for (String unitId : unitIds) {
            while (true) {
                JsonNode ofUnit = manager.get("/api/v1/inspection-tasks?enterpriseId=" + enterpriseId + "&unitId=" + unitId).json(200);
                if (ofUnit.size() >= measuresPerUnit) {
                    ofUnit.forEach(tasks::add);
                    break;
                }
                check(deadline, "unit " + unitId + " has " + ofUnit.size() + " of " + measuresPerUnit + " tasks");
                Thread.sleep(1000);
            }
        }
        log("%d inspection tasks derived", tasks.size());
        return tasks;
    }

    /** 年度检查: once a year, the window being the calendar year, {@value #PER_INSPECTOR} tasks per inspector. */
    private void schedule(Api manager, List<JsonNode> tasks, List<String> inspectors) throws InterruptedException {
        String yearStart = LocalDate.now(PLANT_ZONE).withDayOfYear(1).atStartOfDay(PLANT_ZONE).toInstant().toString();
        Semaphore slots = new Semaphore(inFlight);
        AtomicInteger done = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            slots.acquire();
            if (failure.get() != null) {
                throw new IllegalStateException("scheduling failed: " + failure.get());
            }
            String body = """
                    {"cycle":1,"cycleUnit":"YEAR","taskStartTime":"%s","workDayType":"EVERY_DAY","workType":"ROUTINE",
                     "assigneePersonId":"%s"}""".formatted(yearStart, inspectors.get(i / PER_INSPECTOR));
            calls.add(manager.putAsync("/api/v1/inspection-tasks/" + tasks.get(i).get("id").asString() + "/schedule", body)
                    .whenComplete((r, e) -> {
                        slots.release();
                        if (e != null || r.status() != 200) {
                            failure.compareAndSet(null, e != null ? e.toString() : r.status() + " " + r.body());
                        } else if (done.incrementAndGet() % 2000 == 0) {
                            log("%d tasks scheduled", done.get());
                        }
                    }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        if (failure.get() != null) {
            throw new IllegalStateException("scheduling failed: " + failure.get());
        }
        log("%d tasks scheduled for %d inspectors", done.get(), inspectors.size());
    }

    private static void check(long deadline, String progress) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("setup timed out after " + PROPAGATION + ": " + progress);
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf("[setup] " + format + "%n", args);
    }
}
