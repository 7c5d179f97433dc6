package cn.dualprevention.platform.clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulationClockTest {

    static final Instant LAUNCH = Instant.parse("2026-11-22T08:00:00Z");
    static final Instant WEEK_AGO = LAUNCH.minus(Duration.ofDays(7));

    @TempDir
    Path dir;

    final MovableWall wall = new MovableWall(LAUNCH);
    final List<String> problems = new ArrayList<>();

    @Test
    void aSuiteStartedAWeekBehindLivesAtRealSpeedUntilTheSimulatorSpeedsItUp() throws IOException {
        Path file = write(LAUNCH, WEEK_AGO, 1);
        Clock clock = SimulationClock.following(file, wall, problems::add);
        assertThat(clock.instant()).isEqualTo(WEEK_AGO);

        wall.advance(Duration.ofMinutes(10));
        assertThat(clock.instant()).isEqualTo(WEEK_AGO.plus(Duration.ofMinutes(10)));

        Instant start = wall.now();
        write(start, WEEK_AGO.plus(Duration.ofMinutes(10)), 2016); // a week in five minutes
        wall.advance(Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(WEEK_AGO.plus(Duration.ofMinutes(10)).plus(Duration.ofSeconds(2016)));
    }

    @Test
    void simulatedTimeCatchesUpWithTheWallClockAndThenIsTheWallClock() throws IOException {
        Path file = write(LAUNCH, WEEK_AGO, 2016);
        Clock clock = SimulationClock.following(file, wall, problems::add);
        wall.advance(Duration.ofMinutes(6)); // 6 min x 2016 = 8.4 days: past the present
        assertThat(clock.instant()).isEqualTo(wall.now());
        wall.advance(Duration.ofHours(1));
        assertThat(clock.instant()).isEqualTo(wall.now());
    }

    @Test
    void neverGoesBackwardsWhateverTheFileSays() throws IOException {
        Path file = write(LAUNCH, WEEK_AGO, 1);
        Clock clock = SimulationClock.following(file, wall, problems::add);
        wall.advance(Duration.ofHours(2));
        Instant seen = clock.instant();
        write(wall.now(), WEEK_AGO.minus(Duration.ofDays(30)), 1);
        wall.advance(Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(seen);
    }

    @Test
    void aBrokenFileKeepsTheLastAnchorsAndIsReportedOnce() throws IOException {
        Path file = write(LAUNCH, WEEK_AGO, 1);
        Clock clock = SimulationClock.following(file, wall, problems::add);
        Files.writeString(file, "anchorReal=yesterday\n");
        for (int i = 0; i < 5; i++) {
            wall.advance(Duration.ofSeconds(1));
            assertThat(clock.instant()).isEqualTo(WEEK_AGO.plus(Duration.ofSeconds(i + 1)));
        }
        assertThat(problems).hasSize(1).first().asString().contains("not valid");
    }

    @Test
    void aMissingOrInvalidFileAtStartIsAnErrorNamingTheProperty() throws IOException {
        assertThatThrownBy(() -> SimulationClock.following(dir.resolve("absent.properties"), wall, problems::add))
                .hasMessageContaining("dp.clock.file");
        Path slow = dir.resolve("slow.properties");
        Files.writeString(slow, "anchorReal=" + LAUNCH + "\nanchorSim=" + WEEK_AGO + "\nspeed=0.5\n");
        assertThatThrownBy(() -> SimulationClock.following(slow, wall, problems::add)).hasMessageContaining("dp.clock.file");
    }

    @Test
    void keepsItsTimeInOtherZones() throws IOException {
        Clock clock = SimulationClock.following(write(LAUNCH, WEEK_AGO, 1), wall, problems::add);
        Clock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));
        assertThat(shanghai.instant()).isEqualTo(WEEK_AGO);
        assertThat(shanghai.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    private Path write(Instant anchorReal, Instant anchorSim, double speed) throws IOException {
        Path file = dir.resolve("sim-clock.properties");
        Path temporary = dir.resolve("sim-clock.properties.tmp");
        Files.writeString(temporary, "anchorReal=" + anchorReal + "\nanchorSim=" + anchorSim + "\nspeed=" + speed + "\n");
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** A wall clock the test moves. */
    static final class MovableWall extends Clock {
        private Instant now;

        MovableWall(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        Instant now() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
