package cn.dualprevention.deploy.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The plan of a day given the seed: proportions, windows and the "for show" plant's pattern. */
class CheckPlannerTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 11, 17);
    static final Instant SIM_START = DAY.minusDays(2).atStartOfDay(ZONE).toInstant();
    static final Instant SIM_END = DAY.plusDays(5).atStartOfDay(ZONE).toInstant();

    /** A plant's day: 60 tasks checked every 4 hours 08:00–20:00 and 140 daily ones, two inspectors per post. */
    static List<Cycle> dayOfCycles(String plant) {
        List<Cycle> cycles = new ArrayList<>();
        List<String> operators = List.of(plant + "-op-a", plant + "-op-b");
        for (int task = 0; task < 60; task++) {
            for (int slot = 0; slot < 3; slot++) {
                Instant start = DAY.atTime(LocalTime.of(8 + 4 * slot, 0)).atZone(ZONE).toInstant();
                cycles.add(cycle(plant, "hourly-" + task, start, start.plus(Duration.ofHours(4)), operators));
            }
        }
        for (int task = 0; task < 140; task++) {
            Instant start = DAY.atStartOfDay(ZONE).toInstant();
            cycles.add(cycle(plant, "daily-" + task, start, start.plus(Duration.ofDays(1)), operators));
        }
        return cycles;
    }

    static Cycle cycle(String plant, String task, Instant start, Instant end, List<String> people) {
        String content = task.startsWith("hourly") ? "可燃气体检测报警器运行正常" : "交接班记录完整";
        return new Cycle(plant + "|" + task + "|" + start, plant + "|unit|" + task + "|" + start, plant, task, "unit-1",
                content, "ROUTINE", start, end, people);
    }

    CheckPlanner planner(long seed) {
        return new CheckPlanner(seed, Shares.defaults(), SIM_START, SIM_END);
    }

    @Test
    void aNormalDayHasMostChecksOnTimeSomeLateSomeMissedAndAboutTwoPercentHazards() {
        List<Cycle> cycles = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            cycles.addAll(dayOfCycles("plant-" + p));
        }
        Instant seenAt = DAY.atStartOfDay(ZONE).toInstant().minus(Duration.ofHours(6));
        List<PlannedCheck> plan = planner(42).plan(cycles, false, seenAt);
        Map<Outcome, Long> counts = plan.stream().collect(Collectors.groupingBy(PlannedCheck::outcome, Collectors.counting()));
        int n = plan.size(); // 1,700 cycles
        assertThat(counts.getOrDefault(Outcome.MISSED, 0L)).isBetween((long) (n * 0.025), (long) (n * 0.055));
        assertThat(counts.getOrDefault(Outcome.LATE, 0L)).isBetween((long) (n * 0.04), (long) (n * 0.08));
        long done = n - counts.getOrDefault(Outcome.MISSED, 0L);
        assertThat(counts.getOrDefault(Outcome.HAZARD, 0L)).isBetween((long) (done * 0.01), (long) (done * 0.03));
        assertThat(counts).doesNotContainKeys(Outcome.FOR_SHOW, Outcome.NOT_YET);

        for (PlannedCheck check : plan) {
            Cycle c = check.cycle();
            switch (check.outcome()) {
                case ON_TIME, HAZARD -> assertThat(check.checkTime()).isAfterOrEqualTo(c.windowStart()).isBefore(c.windowEnd());
                case LATE -> assertThat(check.checkTime()).isAfterOrEqualTo(c.windowEnd())
                        .isBeforeOrEqualTo(c.windowEnd().plus(CheckPlanner.LATEST_LATE));
                case MISSED -> assertThat(check.checkTime()).isNull();
                default -> throw new AssertionError(check);
            }
            if (check.submits()) {
                assertThat(c.assigneePersonIds()).contains(check.personId());
                assertThat(check.qrScanned()).isTrue();
                assertThat(check.metersFromUnit()).isLessThan(100);
            }
            if (check.outcome() == Outcome.HAZARD) {
                assertThat(check.finding().description()).isNotBlank();
                assertThat(check.hazardLevel()).isIn("GENERAL", "MAJOR");
                assertThat(check.photo()).isTrue();
            }
        }
        // both inspectors of a post do their share
        assertThat(plan.stream().filter(PlannedCheck::submits).map(PlannedCheck::personId).distinct().count()).isEqualTo(10);
    }

    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedAnotherOne() {
        List<Cycle> cycles = dayOfCycles("plant-0");
        Instant seenAt = SIM_START;
        List<PlannedCheck> once = planner(7).plan(cycles, false, seenAt);
        List<PlannedCheck> again = planner(7).plan(cycles, false, seenAt);
        List<PlannedCheck> other = planner(8).plan(cycles, false, seenAt);
        assertThat(again).isEqualTo(once);
        assertThat(other).isNotEqualTo(once);
        // the choice for a cycle does not depend on which other cycles came with it
        assertThat(planner(7).plan(cycles.subList(10, 20), false, seenAt)).isEqualTo(once.subList(10, 20));
    }

    @Test
    void thePlantThatInspectsForShowTicksOffEverythingInBurstsAtTheEndOfTheWindowsFromFarAway() {
        List<Cycle> cycles = dayOfCycles("show");
        List<PlannedCheck> plan = planner(42).plan(cycles, true, SIM_START);
        assertThat(plan).allSatisfy(p -> {
            assertThat(p.outcome()).isEqualTo(Outcome.FOR_SHOW);
            assertThat(p.finding()).isNull();
            assertThat(p.qrScanned()).isFalse();
            assertThat(p.samePhotoEveryTime()).isTrue();
            assertThat(p.metersFromUnit()).isGreaterThan(500); // SignalDetector: LOCATION_FAR beyond 500 m
            assertThat(p.personId()).isEqualTo("show-op-a");     // one person ticks off everything
            Cycle c = p.cycle();
            long window = c.window().toSeconds();
            long left = Duration.between(p.checkTime(), c.windowEnd()).toSeconds();
            assertThat(left).isBetween(0L, (long) (window * 0.05)); // in the last 5 % (END_OF_WINDOW_BURST)
        });
        List<PlannedCheck> byTime = plan.stream().sorted(Comparator.comparing(PlannedCheck::checkTime)).toList();
        // a burst per window end: 60 checks before 12:00, 16:00 and 20:00, 140 before midnight, each within 15 min
        Map<Instant, List<PlannedCheck>> bursts = byTime.stream().collect(Collectors.groupingBy(p -> p.cycle().windowEnd()));
        assertThat(bursts).hasSize(4);
        bursts.values().forEach(b -> {
            assertThat(b.size()).isGreaterThanOrEqualTo(5);
            Duration span = Duration.between(b.get(0).checkTime(), b.get(b.size() - 1).checkTime());
            assertThat(span).isLessThanOrEqualTo(Duration.ofMinutes(15));
        });
        // consecutive checks of different cycles less than 30 s apart (FAST_CHECKS)
        long fastPairs = 0;
        for (int i = 1; i < byTime.size(); i++) {
            if (Duration.between(byTime.get(i - 1).checkTime(), byTime.get(i).checkTime()).toSeconds() < 30) {
                fastPairs++;
            }
        }
        assertThat(fastPairs).isGreaterThanOrEqualTo(3);
    }

    @Test
    void windowsThatOutliveTheSimulationAreDoneInsideItOrLeftForLaterNeverMissed() {
        Instant start = SIM_START.plus(Duration.ofDays(1));
        List<Cycle> monthly = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            monthly.add(cycle("plant-m", "monthly-" + i, start, start.plus(Duration.ofDays(30)), List.of("eng")));
        }
        List<PlannedCheck> plan = planner(42).plan(monthly, false, start);
        assertThat(plan).extracting(PlannedCheck::outcome).isSubsetOf(Outcome.ON_TIME, Outcome.HAZARD, Outcome.NOT_YET);
        assertThat(plan).filteredOn(PlannedCheck::submits).allSatisfy(p -> assertThat(p.checkTime())
                .isBefore(SIM_END.minus(CheckPlanner.END_MARGIN).plusSeconds(1)).isAfterOrEqualTo(start));
        assertThat(plan.stream().filter(PlannedCheck::submits).count()).isBetween(40L, 80L);
    }

    @Test
    void aCycleSeenOnlyAfterItsWindowIsCheckedLateOrMissed() {
        Instant start = DAY.atTime(8, 0).atZone(ZONE).toInstant();
        List<Cycle> ended = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ended.add(cycle("plant-x", "hourly-" + i, start, start.plus(Duration.ofHours(4)), List.of("op")));
        }
        List<PlannedCheck> plan = planner(1).plan(ended, false, start.plus(Duration.ofHours(5)));
        assertThat(plan).extracting(PlannedCheck::outcome).isSubsetOf(Outcome.LATE, Outcome.MISSED);
        assertThat(plan).filteredOn(p -> p.outcome() == Outcome.LATE).hasSizeGreaterThan(40)
                .allSatisfy(p -> assertThat(p.checkTime()).isAfter(start.plus(Duration.ofHours(5))));
    }

    @Test
    void findingsReadLikeASafetyEngineerWroteThem() {
        assertThat(CheckPlanner.finding("检查可燃气体检测报警器").description()).contains("报警器");
        assertThat(CheckPlanner.finding("检查可燃气体检测报警器").hazardType()).isEqualTo("4");
        assertThat(CheckPlanner.finding("某项未知内容").description()).startsWith("现场检查发现措施落实不到位");
        assertThat(CheckPlanner.finding("某项未知内容").hazardType()).isEqualTo("8");
    }
}
