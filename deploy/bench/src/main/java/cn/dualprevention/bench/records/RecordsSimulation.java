package cn.dualprevention.bench.records;

import cn.dualprevention.bench.plant.BenchPlant;
import cn.dualprevention.bench.suite.Api;
import cn.dualprevention.bench.suite.SuiteUrls;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Benchmark 1 — 排查记录 through the gateway vs straight to inspection-service, in one run, same records, same JWTs.
 * <p>
 * Closed model: {@code bench.concurrency} inspectors' phones each send their next record as soon as the previous
 * one is answered. First a warm-up of both routes side by side ({@code bench.warmupSeconds}; once its cycles are
 * used up it re-sends them, answered 200 DUPLICATE), then {@code bench.rounds} rounds of gateway, then direct, each
 * phase until its share of the cycles is used or {@code bench.roundSeconds} are over (alternating so that neither
 * route profits from the other's warm-up). Writes {@code records.json}: per route throughput (2xx per second of the
 * phases' wall time) and p50 / p95 / p99, and the ratio gateway ÷ direct.
 */
public class RecordsSimulation extends Simulation {

    private static final String RECORDS = "/api/v1/inspection-records";

    private final BenchParameters parameters = BenchParameters.fromSystemProperties();
    private final SuiteUrls urls = SuiteUrls.fromEnvironment();
    private final BenchPlant plant = parameters.plant();
    private final List<Latencies> gateway = new ArrayList<>();
    private final List<Latencies> direct = new ArrayList<>();

    {
        HttpProtocolBuilder protocol = http.shareConnections().acceptHeader("application/json")
                .contentTypeHeader("application/json").disableCaching().disableFollowRedirect();

        PopulationBuilder warmGateway = phase("warm-up gateway", urls.gateway(), new RecordPool(half(parameters.warmup(plant), 0),
                plant.inspectorTokens(), parameters.warmupSeconds(), true), new Latencies(), Math.max(1, parameters.concurrency() / 2));
        PopulationBuilder warmDirect = phase("warm-up direct", urls.inspection(), new RecordPool(half(parameters.warmup(plant), 1),
                plant.inspectorTokens(), parameters.warmupSeconds(), true), new Latencies(), Math.max(1, parameters.concurrency() / 2));

        List<PopulationBuilder> measured = new ArrayList<>();
        for (int round = 0; round < parameters.rounds(); round++) {
            Latencies g = new Latencies();
            Latencies d = new Latencies();
            gateway.add(g);
            direct.add(d);
            measured.add(phase("gateway " + (round + 1), urls.gateway(), pool(round, 0), g, parameters.concurrency()));
            measured.add(phase("direct " + (round + 1), urls.inspection(), pool(round, 1), d, parameters.concurrency()));
        }
        PopulationBuilder chain = measured.get(measured.size() - 1);
        for (int i = measured.size() - 2; i >= 0; i--) {
            chain = measured.get(i).andThen(chain);
        }
        setUp(warmGateway.andThen(chain), warmDirect).protocols(protocol);
    }

    private RecordPool pool(int round, int route) {
        return new RecordPool(parameters.measured(plant, round, route), plant.inspectorTokens(), parameters.roundSeconds(), false);
    }

    private static List<BenchPlant.OpenCycle> half(List<BenchPlant.OpenCycle> cycles, int which) {
        int mid = cycles.size() / 2;
        return which == 0 ? cycles.subList(0, mid) : cycles.subList(mid, cycles.size());
    }

    /** {@code users} phones sending records from {@code pool} to {@code baseUrl} back to back. */
    private static PopulationBuilder phase(String name, String baseUrl, RecordPool pool, Latencies latencies, int users) {
        ChainBuilder send = exec(http(name).post(baseUrl + RECORDS).header("Authorization", "#{authorization}")
                .body(StringBody("#{body}"))
                .check(status().saveAs("status"), responseTimeInMillis().saveAs("rt"), status().in(200, 201)))
                .exec(session -> {
                    latencies.answered(session.contains("status") ? session.getInt("status") : 599,
                            session.contains("rt") ? session.getLong("rt") : 0, System.nanoTime());
                    return take(session.remove("status").remove("rt"), pool, latencies);
                });
        ScenarioBuilder scenario = scenario(name).exec(session -> take(session, pool, latencies))
                .asLongAs(session -> session.getBoolean("more")).on(send);
        return scenario.injectOpen(atOnceUsers(users));
    }

    private static Session take(Session session, RecordPool pool, Latencies latencies) {
        RecordPool.Next next = pool.take();
        if (next == null) {
            return session.set("more", false);
        }
        latencies.started(System.nanoTime());
        return session.setAll(Map.of("more", true, "body", next.body(), "authorization", next.authorization()));
    }

    @Override
    public void after() {
        Map<String, Object> result = new LinkedHashMap<>();
        Latencies.Summary g = Latencies.combine(gateway.toArray(Latencies[]::new));
        Latencies.Summary d = Latencies.combine(direct.toArray(Latencies[]::new));
        result.put("concurrency", parameters.concurrency());
        result.put("rounds", parameters.rounds());
        result.put("warmupSeconds", parameters.warmupSeconds());
        result.put("gateway", g);
        result.put("direct", d);
        result.put("ratio", d.perSecond() > 0 ? g.perSecond() / d.perSecond() : 0);
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (int i = 0; i < gateway.size(); i++) {
            rounds.add(Map.of("gateway", gateway.get(i).summary(), "direct", direct.get(i).summary()));
        }
        result.put("perRound", rounds);
        try {
            Files.createDirectories(parameters.outDir());
            Api.JSON.writerWithDefaultPrettyPrinter().writeValue(parameters.outDir().resolve("records.json").toFile(), result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("gateway: %.0f records/s, p50 %d ms, p95 %d ms, p99 %d ms, %d errors%n", g.perSecond(), g.p50(), g.p95(), g.p99(), g.errors());
        System.out.printf("direct:  %.0f records/s, p50 %d ms, p95 %d ms, p99 %d ms, %d errors%n", d.perSecond(), d.p50(), d.p95(), d.p99(), d.errors());
    }
}
