package cn.dualprevention.deploy.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedTimeTest {

    static final Instant LAUNCH = Instant.parse("2026-11-22T15:00:00Z");
    static final Instant WEEK_AGO = LAUNCH.minus(Duration.ofDays(7));

    @TempDir
    Path dir;

    /** A wall clock the test moves. */
    static final class Wall extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(LAUNCH);

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void followsTheFormulaAndNeverRunsAheadOfTheWallClock() {
        Path file = dir.resolve("sim-clock.properties");
        SimulatedTime.write(file, new SimulatedTime.Anchor(LAUNCH, WEEK_AGO, new BigDecimal("1000")));
        Wall wall = new Wall();
        SimulatedTime time = new SimulatedTime(file, wall);
        assertThat(time.now()).isEqualTo(WEEK_AGO);
        wall.advance(Duration.ofSeconds(60));
        assertThat(time.now()).isEqualTo(WEEK_AGO.plus(Duration.ofSeconds(60_000)));
        wall.advance(Duration.ofHours(1)); // 1000 h simulated would be far past the wall clock
        assertThat(time.now()).isEqualTo(wall.instant());
        assertThat(time.anchor().caughtUp(wall.instant())).isTrue();
    }

    @Test
    void aSpeedChangeContinuesWithoutAJumpAndTheClockNeverGoesBack() throws Exception {
        Path file = dir.resolve("sim-clock.properties");
        SimulatedTime.write(file, new SimulatedTime.Anchor(LAUNCH, WEEK_AGO, BigDecimal.ONE));
        Wall wall = new Wall();
        SimulatedTime time = new SimulatedTime(file, wall);
        wall.advance(Duration.ofMinutes(2));
        Instant before = time.now();
        assertThat(before).isEqualTo(WEEK_AGO.plus(Duration.ofMinutes(2)));
        SimulatedTime.Anchor anchor = time.changeSpeed(new BigDecimal("2520"));
        assertThat(anchor.anchorSim()).isEqualTo(before);
        assertThat(SimulatedTime.read(file)).isEqualTo(anchor);
        assertThat(time.now()).isEqualTo(before);
        wall.advance(Duration.ofSeconds(10));
        assertThat(time.now()).isEqualTo(before.plus(Duration.ofSeconds(25_200)));

        // someone writes an anchor that would put the clock back: it stands still instead
        Instant shown = time.now();
        SimulatedTime.write(file, new SimulatedTime.Anchor(wall.instant(), WEEK_AGO, BigDecimal.ONE));
        wall.advance(Duration.ofSeconds(1));
        assertThat(time.now()).isEqualTo(shown);
    }

    @Test
    void theSpeedToCatchUpMakesTheSimulatedTimeMeetTheWallClockAtTheEnd() {
        Instant sim = WEEK_AGO.plus(Duration.ofMinutes(3));
        Instant real = LAUNCH.plus(Duration.ofMinutes(3));
        BigDecimal speed = SimulatedTime.speedToCatchUp(sim, real, Duration.ofMinutes(4));
        SimulatedTime.Anchor anchor = new SimulatedTime.Anchor(real, sim, speed);
        Instant end = real.plus(Duration.ofMinutes(4));
        assertThat(anchor.at(end)).isEqualTo(end);
        assertThat(anchor.at(end.minusSeconds(1))).isBefore(end.minusSeconds(1));
        assertThat(speed.doubleValue()).isBetween(2520.0, 2522.0);
        assertThat(SimulatedTime.speedToCatchUp(real, real, Duration.ofMinutes(4))).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void beforeItsAnchorTheClockRunsAtRealSpeedAsThePlatformsDoes() {
        SimulatedTime.Anchor anchor = new SimulatedTime.Anchor(LAUNCH, WEEK_AGO, new BigDecimal("100"));
        assertThat(anchor.at(LAUNCH.minusSeconds(10))).isEqualTo(WEEK_AGO.minusSeconds(10));
    }

    @Test
    void aMalformedFileNamesItsKey() throws Exception {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "anchorReal=2026-11-22T15:00:00Z\nspeed=2\n");
        assertThatThrownBy(() -> SimulatedTime.read(file)).hasMessageContaining("anchorSim");
        Files.writeString(file, "anchorReal=2026-11-22T15:00:00Z\nanchorSim=2026-11-15T15:00:00Z\nspeed=0.5\n");
        assertThatThrownBy(() -> SimulatedTime.read(file)).hasMessageContaining("speed");
    }
}
