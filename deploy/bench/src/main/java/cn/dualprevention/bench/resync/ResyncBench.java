package cn.dualprevention.bench.resync;

import cn.dualprevention.bench.plant.BenchPlant;
import cn.dualprevention.bench.records.BenchParameters;
import cn.dualprevention.bench.suite.Api;
import cn.dualprevention.bench.suite.SuiteUrls;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Benchmark 3 — full resync of the bench enterprise to the sandbox receiver (a strict provincial hub, http-batch),
 * through the exchange API: connects the enterprise ({@code POST /api/v1/receivers}; the first connection sends all
 * its records by itself) and waits until that is through (no delivery PENDING, the hub's count steady); then asks
 * for a forced full resync ({@code POST /api/v1/receivers/{id}/resync}: 202 at once with the stored request, its
 * status at {@code /api/v1/receivers/{id}/resyncs/{requestId}}), follows the request until it is DONE (then
 * {@code planned} is the number of records it covers) and times it until the hub has received that many records again.
 * One operation timed end to end, so plain Java, not Gatling. Writes {@code resync.json} once the first connection is
 * measured and again at the end; a forced resync that fails is recorded as {@code "resync": {"error": …}} next to the
 * first connection's numbers.
 */
public final class ResyncBench {

    private final SuiteUrls urls = SuiteUrls.fromEnvironment();
    private final Api sandbox = new Api(urls.sandbox(), null);
    private final long timeoutMillis = 1000L * Integer.getInteger("bench.resyncTimeoutSeconds", 1200);

    public static void main(String[] args) throws Exception {
        BenchParameters parameters = BenchParameters.fromSystemProperties();
        Files.createDirectories(parameters.outDir());
        Path out = parameters.outDir().resolve("resync.json");
        Map<String, Object> result = new ResyncBench().run(parameters.plant(), partial -> write(out, partial));
        write(out, result);
        System.out.println("resync: " + result);
    }

    private static void write(Path out, Map<String, Object> result) {
        try {
            Api.JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        } catch (RuntimeException e) {
            System.out.println("cannot write " + out + ": " + e);
        }
    }

    Map<String, Object> run(BenchPlant plant, Consumer<Map<String, Object>> checkpoint) throws InterruptedException {
        Api manager = new Api(urls.gateway(), plant.managerToken());
        Map<String, Object> result = new LinkedHashMap<>();

        long t0 = System.nanoTime();
        String receiverId = manager.post("/api/v1/receivers", """
                {"name":"省级平台（沙箱）基准","profile":"http-batch","enterpriseId":"%s","integerCheckCycle":true,
                 "baseUrl":"%s/default","credentials":"sandbox"%s}""".formatted(plant.enterpriseId(), urls.sandbox(),
                batchSize())).json(201).get("id").asString();
        long firstHeld = awaitFirstConnection(manager, receiverId, plant.companyCode());
        double firstSeconds = (System.nanoTime() - t0) / 1e9;
        boolean firstComplete = firstHeld >= 0;
        firstHeld = firstComplete ? firstHeld : hub(plant.companyCode(), "held");
        result.put("receiverId", receiverId);
        result.put("firstConnection", Map.of("records", firstHeld, "complete", firstComplete, "seconds", firstSeconds,
                "perSecond", firstSeconds > 0 ? firstHeld / firstSeconds : 0));
        checkpoint.accept(result);
        if (!firstComplete) {
            System.out.println("the first connection did not complete within the timeout: no forced resync measured");
            return result;
        }
        try {
            result.put("resync", forcedResync(manager, receiverId, plant));
        } catch (InterruptedException e) {
            result.put("resync", Map.of("error", "interrupted"));
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            result.put("resync", Map.of("error", String.valueOf(e)));
        }
        return result;
    }

    /** Asks for the forced resync, follows the request until DONE, then waits until the hub received that many records. */
    private Map<String, Object> forcedResync(Api manager, String receiverId, BenchPlant plant) throws InterruptedException {
        Map<String, Object> resync = new LinkedHashMap<>();
        long before = hub(plant.companyCode(), "received");
        long t1 = System.nanoTime();
        JsonNode request = manager.post("/api/v1/receivers/" + receiverId + "/resync?enterpriseId=" + plant.enterpriseId(), "")
                .json(202);
        String requestId = request.path("id").asString();
        resync.put("requestId", requestId);
        resync.put("answeredSeconds", (System.nanoTime() - t1) / 1e9);
        String status = "/api/v1/receivers/" + receiverId + "/resyncs/" + requestId; // the answer's Location
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (request.path("state").asString("").matches("QUEUED|RUNNING") && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            request = manager.get(status).json(200);
        }
        String state = request.path("state").asString("");
        long records = request.path("planned").asLong();
        resync.put("state", state);
        resync.put("records", records);
        resync.put("plannedSeconds", (System.nanoTime() - t1) / 1e9);
        if (!"DONE".equals(state)) {
            resync.put("error", "the resync request is " + state + " after the timeout"
                    + (request.hasNonNull("message") ? ": " + request.path("message").asString() : ""));
            return resync;
        }
        long received = 0;
        while (received < records && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            received = hub(plant.companyCode(), "received") - before;
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        resync.put("received", received);
        resync.put("complete", received >= records);
        resync.put("seconds", seconds);
        resync.put("perSecond", seconds > 0 ? received / seconds : 0);
        return resync;
    }

    private static String batchSize() {
        String size = System.getProperty("bench.resyncBatchSize");
        return size == null ? "" : ",\"batchSize\":" + Integer.parseInt(size);
    }

    /** The records the hub holds once no delivery of the receiver is PENDING and the hub's count of held records stayed the same for 3 s; -1 after the timeout. */
    private long awaitFirstConnection(Api manager, String receiverId, String companyCode) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long held = -1;
        int steady = 0;
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            boolean pending = manager.get("/api/v1/deliveries?receiverId=" + receiverId + "&state=PENDING").json(200).size() > 0;
            long now = hub(companyCode, "held");
            steady = !pending && now > 0 && now == held ? steady + 1 : 0;
            held = now;
            if (steady >= 6) {
                return held;
            }
        }
        return -1;
    }

    /** A counter of the sandbox hub's summary summed over the enterprise's record types. */
    private long hub(String companyCode, String counter) {
        long sum = 0;
        for (JsonNode row : sandbox.get("/admin/summary").json(200).path("rows")) {
            if (companyCode.equals(row.path("companyCode").asString(null))) {
                sum += row.path(counter).asLong();
            }
        }
        return sum;
    }
}
