package cn.dualprevention.bench.records;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankOfTheSuccessfulAnswers() {
        Latencies latencies = new Latencies();
        latencies.started(0);
        for (int ms = 1; ms <= 100; ms++) {
            latencies.answered(201, ms, 1_000_000_000L);
        }
        latencies.answered(409, 5000, 2_000_000_000L);

        Latencies.Summary s = latencies.summary();

        assertThat(s.ok()).isEqualTo(100);
        assertThat(s.errors()).isEqualTo(1);
        assertThat(s.p50()).isEqualTo(50);
        assertThat(s.p95()).isEqualTo(95);
        assertThat(s.p99()).isEqualTo(99);
        assertThat(s.max()).isEqualTo(100);
        assertThat(s.seconds()).isEqualTo(2.0);
        assertThat(s.perSecond()).isEqualTo(50.0);
    }

    @Test
    void combinedPhasesAddTheirWallTimes() {
        Latencies first = new Latencies();
        first.started(0);
        first.answered(200, 10, 1_000_000_000L);
        Latencies second = new Latencies();
        second.started(5_000_000_000L);
        second.answered(201, 30, 8_000_000_000L);
        second.answered(201, 20, 8_000_000_000L);

        Latencies.Summary s = Latencies.combine(first, second);

        assertThat(s.ok()).isEqualTo(3);
        assertThat(s.seconds()).isEqualTo(4.0);
        assertThat(s.perSecond()).isEqualTo(0.75);
        assertThat(s.p50()).isEqualTo(20);
    }

    @Test
    void nothingMeasuredIsZeroNotAnError() {
        Latencies.Summary s = new Latencies().summary();
        assertThat(s.ok()).isZero();
        assertThat(s.perSecond()).isZero();
        assertThat(s.p99()).isZero();
    }
}
