package cn.dualprevention.bench.report;

import cn.dualprevention.bench.suite.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsReportTest {

    private static JsonNode json(String text) {
        return Api.JSON.readTree(text);
    }

    @Test
    void eachGoalIsJudgedFromTheNumbers() {
        JsonNode records = json("""
                {"concurrency":32,"rounds":2,"warmupSeconds":150,
                 "gateway":{"ok":60000,"errors":0,"perSecond":1200,"p50":20,"p95":60,"p99":140,"max":300},
                 "direct":{"ok":60000,"errors":0,"perSecond":1500,"p50":15,"p95":40,"p99":80,"max":200},"ratio":0.8}""");
        JsonNode stream = json("""
                {"topic":"dp.regulator.checkRecord","offeredPerSecond":200,"seconds":60,"accepted":12000,"missing":0,
                 "acceptedToTopic":{"ok":12000,"p50":300,"p95":900,"p99":1500,"max":1800},
                 "acceptedToConsumer":{"ok":12000,"p50":310,"p95":910,"p99":1510,"max":1810}}""");
        JsonNode memory = json("""
                {"processesKib":{"gateway":300000,"kafka":400000},"totalKib":3000000}""");
        JsonNode cold = json("""
                {"healthySeconds":27.5,"scriptSeconds":29.0,"aot":"on"}""");

        String md = ResultsReport.render(records, stream, MissingNode.getInstance(), memory, cold);

        assertThat(md).contains("| ≥ 1,000 records/s through the gateway with p99 ≤ 100 ms | 1200 records/s, p99 140 ms | **missed** |")
                .contains("| gateway ≥ 0.7 × direct | 0.80 | met |")
                .contains("| record → stream p99 ≤ 2 s | 1500 ms | met |")
                .contains("| cold start ≤ 30 s | 27.5 s | met |")
                .contains("| all processes together ≤ 2.5 GB | 2930 MB | **missed** |")
                .contains("| gateway | 293 MB |")
                .contains("| total without local mode's stand-ins (dev-issuer, sandbox-receiver) | 2930 MB |");
    }

    @Test
    void aRecordThatNeverReachedTheStreamMissesTheGoal() {
        JsonNode stream = json("""
                {"accepted":10,"missing":1,"acceptedToTopic":{"ok":9,"p50":30,"p95":90,"p99":150,"max":180}}""");

        String md = ResultsReport.render(MissingNode.getInstance(), stream, MissingNode.getInstance(),
                MissingNode.getInstance(), MissingNode.getInstance());

        assertThat(md).contains("| record → stream p99 ≤ 2 s | 150 ms, 1 never arrived | **missed** |")
                .doesNotContain("cold start ≤ 30 s |");
    }
}
