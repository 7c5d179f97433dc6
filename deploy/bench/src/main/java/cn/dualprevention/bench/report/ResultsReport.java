package cn.dualprevention.bench.report;

import cn.dualprevention.bench.suite.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the results of one run as markdown: when, on what, with which command, the numbers of benchmarks 1–4
 * (from the JSON files the steps wrote into the results directory) and each goal met or missed.
 * Usage: {@code ResultsReport <results dir>}; the machine and command come as {@code -Dbench.*} properties.
 */
public final class ResultsReport {

    static final double GATEWAY_RATE_GOAL = 1000;
    static final long GATEWAY_P99_GOAL_MS = 100;
    static final double RATIO_GOAL = 0.7;
    static final long STREAM_P99_GOAL_MS = 2000;
    static final double COLD_START_GOAL_S = 30;
    static final double MEMORY_GOAL_MIB = 2.5 * 1024;

    private ResultsReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String markdown = render(read(dir, "records.json"), read(dir, "stream.json"), read(dir, "resync.json"),
                read(dir, "memory.json"), read(dir, "coldstart.json"));
        Files.writeString(dir.resolve("results.md"), markdown);
        System.out.println(markdown);
    }

    private static JsonNode read(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.exists(file) ? Api.JSON.readTree(file.toFile()) : MissingNode.getInstance();
    }

    static String render(JsonNode records, JsonNode stream, JsonNode resync, JsonNode memory, JsonNode coldStart) {
        StringBuilder md = new StringBuilder();
        List<String[]> goals = new ArrayList<>();
        md.append("**Run:** ").append(System.getProperty("bench.date", "?")).append(" · **machine:** ")
                .append(System.getProperty("bench.machine", "?")).append(" · **load average before the run:** ")
                .append(System.getProperty("bench.load", "?")).append("\n\n**Command:** `")
                .append(System.getProperty("bench.command", "deploy/bench/run")).append("`\n\n");

        md.append("### 1. Inspection records: gateway vs direct (closed model, ").append(records.path("concurrency").asInt())
                .append(" concurrent, ").append(records.path("rounds").asInt()).append(" alternating rounds, after ")
                .append(records.path("warmupSeconds").asInt()).append(" s warm-up)\n\n");
        md.append("| route | records | errors | records/s | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|---|---|\n");
        row(md, "gateway :8080", records.path("gateway"));
        row(md, "inspection-service :8082 (direct)", records.path("direct"));
        double ratio = records.path("ratio").asDouble();
        md.append(String.format(Locale.ROOT, "%nThroughput ratio gateway ÷ direct: **%.2f**%n%n", ratio));
        if (!records.isMissingNode()) {
            JsonNode g = records.path("gateway");
            goals.add(goal("≥ 1,000 records/s through the gateway with p99 ≤ 100 ms",
                    String.format(Locale.ROOT, "%.0f records/s, p99 %d ms", g.path("perSecond").asDouble(), g.path("p99").asLong()),
                    g.path("perSecond").asDouble() >= GATEWAY_RATE_GOAL && g.path("p99").asLong() <= GATEWAY_P99_GOAL_MS));
            goals.add(goal("gateway ≥ 0.7 × direct", String.format(Locale.ROOT, "%.2f", ratio), ratio >= RATIO_GOAL));
        }

        md.append("### 2. Record accepted at the gateway → on `").append(stream.path("topic").asString("dp.regulator.checkRecord"))
                .append("` (open model, ").append(stream.path("offeredPerSecond").asInt()).append(" records/s for ")
                .append(stream.path("seconds").asInt()).append(" s)\n\n");
        md.append("| measure | records | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n");
        latencyRow(md, "accepted → message timestamp on the topic", stream.path("acceptedToTopic"));
        latencyRow(md, "accepted → received by a consumer", stream.path("acceptedToConsumer"));
        md.append("\nAccepted: ").append(stream.path("accepted").asLong()).append(", never seen on the topic: ")
                .append(stream.path("missing").asLong()).append("\n\n");
        if (!stream.isMissingNode()) {
            long p99 = stream.path("acceptedToTopic").path("p99").asLong();
            goals.add(goal("record → stream p99 ≤ 2 s", p99 + " ms" + (stream.path("missing").asLong() > 0 ? ", "
                    + stream.path("missing").asLong() + " never arrived" : ""), p99 <= STREAM_P99_GOAL_MS && stream.path("missing").asLong() == 0));
        }

        md.append("### 3. Full sync of the bench enterprise to the sandbox receiver (http-batch)\n\n");
        md.append("| step | records | seconds | records/s |\n|---|---|---|---|\n");
        syncRow(md, "first connection (sends everything by itself)", resync.path("firstConnection"), "records");
        syncRow(md, "forced full resync (`POST /api/v1/receivers/{id}/resync`)", resync.path("resync"), "received");
        if (!resync.path("firstConnection").path("complete").asBoolean(true)) {
            md.append("\nThe first connection did not complete within the timeout (the hub held ")
                    .append(resync.path("firstConnection").path("records").asLong())
                    .append(" records by then); the forced resync was not measured.\n");
        }
        if (!resync.path("resync").path("complete").asBoolean(true)) {
            md.append("\nThe resync did not complete within the timeout: ").append(resync.path("resync").path("received").asLong())
                    .append(" of ").append(resync.path("resync").path("records").asLong()).append(" records received.\n");
        }

        md.append("\n### 4. Cold start and resident memory\n\n");
        double coldSeconds = coldStart.path("healthySeconds").asDouble(-1);
        md.append(String.format(Locale.ROOT, "Cold start to all healthy: **%.1f s** (launcher's own figure; %.1f s by the script's clock, AOT cache: %s)%n%n",
                coldSeconds, coldStart.path("scriptSeconds").asDouble(-1), coldStart.path("aot").asString("?")));
        if (!coldStart.isMissingNode()) {
            goals.add(goal("cold start ≤ 30 s", String.format(Locale.ROOT, "%.1f s", coldSeconds), coldSeconds >= 0 && coldSeconds <= COLD_START_GOAL_S));
        }
        md.append("| process | VmRSS after the load |\n|---|---|\n");
        memory.path("processesKib").properties().forEach(e ->
                md.append(String.format(Locale.ROOT, "| %s | %.0f MB |%n", e.getKey(), e.getValue().asLong() / 1024.0)));
        double totalMib = memory.path("totalKib").asLong() / 1024.0;
        double standInsMib = (memory.path("processesKib").path("dev-issuer").asLong()
                + memory.path("processesKib").path("sandbox-receiver").asLong()) / 1024.0;
        md.append(String.format(Locale.ROOT, "| **total** | **%.0f MB** |%n", totalMib));
        md.append(String.format(Locale.ROOT, "| total without local mode's stand-ins (dev-issuer, sandbox-receiver) | %.0f MB |%n%n",
                totalMib - standInsMib));
        if (!memory.isMissingNode()) {
            goals.add(goal("all processes together ≤ 2.5 GB", String.format(Locale.ROOT, "%.0f MB", totalMib), totalMib <= MEMORY_GOAL_MIB));
        }

        md.append("### Goals\n\n| goal | measured | |\n|---|---|---|\n");
        goals.forEach(g -> md.append("| ").append(g[0]).append(" | ").append(g[1]).append(" | ").append(g[2]).append(" |\n"));
        return md.toString();
    }

    private static String[] goal(String goal, String measured, boolean met) {
        return new String[] {goal, measured, met ? "met" : "**missed**"};
    }

    private static void row(StringBuilder md, String name, JsonNode s) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %d ms | %d ms | %d ms | %d ms |%n", name, s.path("ok").asLong(),
                s.path("errors").asLong(), s.path("perSecond").asDouble(), s.path("p50").asLong(), s.path("p95").asLong(),
                s.path("p99").asLong(), s.path("max").asLong()));
    }

    private static void latencyRow(StringBuilder md, String name, JsonNode s) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %d ms | %d ms | %d ms | %d ms |%n", name, s.path("ok").asLong(),
                s.path("p50").asLong(), s.path("p95").asLong(), s.path("p99").asLong(), s.path("max").asLong()));
    }

    private static void syncRow(StringBuilder md, String name, JsonNode s, String countField) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f |%n", name, s.path(countField).asLong(),
                s.path("seconds").asDouble(), s.path("perSecond").asDouble()));
    }
}
