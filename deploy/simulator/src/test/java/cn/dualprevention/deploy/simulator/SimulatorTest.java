package cn.dualprevention.deploy.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole simulation against {@link FakeSuite}: three simulated days in a few seconds. */
class SimulatorTest {

    @TempDir
    Path dir;

    @Test
    void playsTheDaysUntilThePresentThroughTheApi() {
        Path file = dir.resolve("sim-clock.properties");
        Instant now = Instant.now();
        SimulatedTime.write(file, new SimulatedTime.Anchor(now, now.minus(Duration.ofDays(3)), BigDecimal.ONE));
        SimulatedTime clock = new SimulatedTime(file);
        FakeSuite suite = new FakeSuite(clock);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Shares lively = new Shares(0.15, 0.15, 0.2, 0.0, 0.2, 0.3, 0.15);
        Simulator.Settings settings = new Simulator.Settings(42, Duration.ofSeconds(9), "wang.fang", -1, 4,
                Duration.ofHours(6), lively, Duration.ofMillis(300), Duration.ofMillis(500), null);

        Simulator.Summary summary = new Simulator(suite, clock, settings, new PrintStream(text, true, StandardCharsets.UTF_8)).run();

        String output = text.toString(StandardCharsets.UTF_8);
        System.out.println(output);
        // the schedules: both tasks of both enterprises, although they came one after the other
        assertThat(suite.schedules).hasSize(2 * (FakeSuite.GAS_TASKS + 1));
        assertThat(suite.schedules.get("t-e1-gas0").cycleUnit()).isEqualTo("HOUR");
        assertThat(suite.schedules.get("t-e1-handover").cycleUnit()).isEqualTo("DAY");
        // the clock ran to the present and is back at real speed
        assertThat(clock.anchor().speed()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(Duration.between(clock.now(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(2));
        assertThat(summary.speed().doubleValue()).isGreaterThan(10_000);

        Map<String, List<FakeSuite.Record>> byEnterprise = suite.records.values().stream()
                .collect(Collectors.groupingBy(FakeSuite.Record::enterpriseId));
        assertThat(byEnterprise.keySet()).containsExactlyInAnyOrder("e1", "e2");
        // the normal plant: on the spot with the QR code, some late, some hazards, all remediated or left overdue
        List<FakeSuite.Record> normal = byEnterprise.get("e1");
        assertThat(normal).allSatisfy(r -> assertThat(r.qr()).isTrue());
        assertThat(normal).anyMatch(FakeSuite.Record::late);
        assertThat(normal).anyMatch(r -> r.status().equals("HAZARD_FOUND"));
        assertThat(summary.totals().hazardsRemediated()).isPositive();
        assertThat(suite.hazards.values()).anyMatch(h -> h.path("state").asString().equals("ACCEPTED"));
        // the plant "for show" (the last by company code): no QR, far away, no hazard, nothing late
        List<FakeSuite.Record> show = byEnterprise.get("e2");
        assertThat(summary.forShowEnterpriseId()).isEqualTo("e2");
        assertThat(show).isNotEmpty().allSatisfy(r -> {
            assertThat(r.qr()).isFalse();
            assertThat(r.status()).isEqualTo("NORMAL");
            assertThat(r.late()).isFalse();
            assertThat((r.latitude() - 35.2) * 111_320).isGreaterThan(500);
        });
        // the unit stop of the first enterprise, and no record was refused for anything but the stop
        assertThat(suite.unitStops).containsExactly("e1-u");
        // and the register knows it (the regulator's unitStop record): stopped when the work starts, resumed after
        assertThat(suite.registerStops).hasSize(2);
        assertThat(suite.registerStops.get(0)).startsWith("stop e1-u at ");
        assertThat(suite.registerStops.get(1)).startsWith("resume e1-u at ");
        assertThat(java.time.Instant.parse(suite.registerStops.get(0).substring("stop e1-u at ".length())))
                .isAfterOrEqualTo(suite.stopStart).isBefore(suite.stopEnd);
        assertThat(java.time.Instant.parse(suite.registerStops.get(1).substring("resume e1-u at ".length())))
                .isAfterOrEqualTo(suite.stopEnd);
        assertThat(suite.refusals).allMatch(r -> r.equals("cycle-suspended"));
        assertThat(summary.totals().submitted()).isEqualTo(suite.records.size());
        assertThat(summary.totals().missed()).isPositive();
        assertThat(output).contains("day 1", "day 3", "records submitted", "inspects \"for show\"", "unit stop");
    }
}
