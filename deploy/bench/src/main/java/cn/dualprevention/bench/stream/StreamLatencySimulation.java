package cn.dualprevention.bench.stream;

import cn.dualprevention.bench.records.BenchParameters;
import cn.dualprevention.bench.records.Latencies;
import cn.dualprevention.bench.records.RecordPool;
import cn.dualprevention.bench.plant.BenchPlant;
import cn.dualprevention.bench.suite.Api;
import cn.dualprevention.bench.suite.SuiteUrls;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Benchmark 2 — record accepted at the gateway (2xx) → the record on the regulator stream topic
 * ({@code dp.regulator.checkRecord}, keyed by record id), at a fixed offered load: open model,
 * {@code bench.streamRate} records per second for {@code bench.streamSeconds}. A consumer positioned at the topic's
 * end before the load matches the messages by id; after the load it waits up to {@code bench.streamDrainSeconds}
 * for the rest. Writes {@code stream.json}: p50 / p95 / p99 of (message timestamp − accepted) and of
 * (received by the consumer − accepted), and the records never seen.
 */
public class StreamLatencySimulation extends Simulation {

    static final String TOPIC = System.getProperty("bench.streamTopic", "dp.regulator.checkRecord");

    private final BenchParameters parameters = BenchParameters.fromSystemProperties();
    private final SuiteUrls urls = SuiteUrls.fromEnvironment();
    private final BenchPlant plant = parameters.plant();
    private final RecordPool pool = new RecordPool(parameters.stream(plant), plant.inspectorTokens(), 24 * 3600, false);
    private final Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
    private StreamWatch watch;

    {
        var record = scenario("record -> stream").exec(this::take).doIf(session -> session.getBoolean("more")).then(
                http("record via gateway").post(urls.gateway() + "/api/v1/inspection-records")
                        .header("Authorization", "#{authorization}").header("Content-Type", "application/json")
                        .body(StringBody("#{body}"))
                        .check(status().in(200, 201), jsonPath("$.recordId").saveAs("recordId")))
                .exec(session -> {
                    long now = System.currentTimeMillis();
                    if (!session.isFailed() && session.contains("recordId")) {
                        acceptedAt.put(session.getString("recordId"), now);
                    }
                    return session;
                });
        setUp(record.injectOpen(constantUsersPerSec(parameters.streamRate()).during(parameters.streamSeconds())))
                .protocols(http.shareConnections());
    }

    private Session take(Session session) {
        RecordPool.Next next = pool.take();
        return next == null ? session.set("more", false)
                : session.setAll(Map.of("more", true, "body", next.body(), "authorization", next.authorization()));
    }

    @Override
    public void before() {
        watch = new StreamWatch(urls.kafkaBootstrap(), TOPIC);
    }

    @Override
    public void after() {
        long drainUntil = System.currentTimeMillis() + 1000L * Integer.getInteger("bench.streamDrainSeconds", 60);
        try {
            while (System.currentTimeMillis() < drainUntil && acceptedAt.keySet().stream().anyMatch(id -> watch.sighting(id) == null)) {
                Thread.sleep(200);
            }
            watch.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Latencies onTopic = new Latencies();
        Latencies seen = new Latencies();
        long missing = 0;
        for (Map.Entry<String, Long> e : acceptedAt.entrySet()) {
            StreamWatch.Sighting s = watch.sighting(e.getKey());
            if (s == null) {
                missing++;
                continue;
            }
            onTopic.answered(200, Math.max(0, s.topicMillis() - e.getValue()), 0);
            seen.answered(200, Math.max(0, s.seenMillis() - e.getValue()), 0);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("topic", TOPIC);
        result.put("offeredPerSecond", parameters.streamRate());
        result.put("seconds", parameters.streamSeconds());
        result.put("accepted", acceptedAt.size());
        result.put("missing", missing);
        result.put("acceptedToTopic", onTopic.summary());
        result.put("acceptedToConsumer", seen.summary());
        try {
            Files.createDirectories(parameters.outDir());
            Api.JSON.writerWithDefaultPrettyPrinter().writeValue(parameters.outDir().resolve("stream.json").toFile(), result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Latencies.Summary t = onTopic.summary();
        System.out.printf("record -> %s: %d accepted, %d not seen, p50 %d ms, p95 %d ms, p99 %d ms%n", TOPIC,
                acceptedAt.size(), missing, t.p50(), t.p95(), t.p99());
    }
}
