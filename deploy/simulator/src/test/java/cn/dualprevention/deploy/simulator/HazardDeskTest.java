package cn.dualprevention.deploy.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class HazardDeskTest {

    @Test
    void mostHazardsAreRemediatedSomeOnTheSpotAFewLeftToRunOverdue() {
        SplittableRandom random = new SplittableRandom(42);
        Map<HazardDesk.Fate, Integer> fates = new EnumMap<>(HazardDesk.Fate.class);
        for (int i = 0; i < 2000; i++) {
            fates.merge(HazardDesk.fate(random.nextDouble(), "GENERAL", Shares.defaults()), 1, Integer::sum);
        }
        assertThat(fates.get(HazardDesk.Fate.LEFT_OVERDUE)).isBetween(240, 360);
        assertThat(fates.get(HazardDesk.Fate.ON_THE_SPOT)).isBetween(520, 680);
        assertThat(fates.get(HazardDesk.Fate.BY_DEADLINE)).isBetween(1000, 1200);
        assertThat(HazardDesk.fate(0.2, "MAJOR", Shares.defaults())).isEqualTo(HazardDesk.Fate.BY_DEADLINE);
    }

    @Test
    void stepsFollowTheStateMachineAtAPlausiblePace() {
        assertThat(HazardDesk.next("AWAITING_CONFIRMATION", HazardDesk.Fate.BY_DEADLINE, Duration.ofMinutes(30))).isEmpty();
        assertThat(HazardDesk.next("AWAITING_CONFIRMATION", HazardDesk.Fate.BY_DEADLINE, Duration.ofHours(1)))
                .contains(HazardDesk.Step.CONFIRM);
        assertThat(HazardDesk.next("AWAITING_CONFIRMATION", HazardDesk.Fate.ON_THE_SPOT, Duration.ofHours(1)))
                .contains(HazardDesk.Step.FIX_ON_THE_SPOT);
        assertThat(HazardDesk.next("CONFIRMED", HazardDesk.Fate.LEFT_OVERDUE, Duration.ofHours(2))).contains(HazardDesk.Step.PLAN);
        assertThat(HazardDesk.next("REMEDIATING", HazardDesk.Fate.LEFT_OVERDUE, Duration.ofDays(30))).isEmpty();
        assertThat(HazardDesk.next("REMEDIATING", HazardDesk.Fate.BY_DEADLINE, Duration.ofHours(19))).isEmpty();
        assertThat(HazardDesk.next("REMEDIATING", HazardDesk.Fate.BY_DEADLINE, Duration.ofHours(20))).contains(HazardDesk.Step.SUBMIT);
        assertThat(HazardDesk.next("AWAITING_ACCEPTANCE", HazardDesk.Fate.ON_THE_SPOT, Duration.ofHours(4)))
                .contains(HazardDesk.Step.ACCEPT);
        assertThat(HazardDesk.next("ACCEPTED", HazardDesk.Fate.BY_DEADLINE, Duration.ofDays(1))).isEmpty();
    }

    @Test
    void anOverdueOneGetsADeadlineThatPassesWithinTheWeek() {
        LocalDate today = LocalDate.of(2026, 11, 17);
        assertThat(HazardDesk.deadline(HazardDesk.Fate.LEFT_OVERDUE, today)).isEqualTo(today.plusDays(1));
        assertThat(HazardDesk.deadline(HazardDesk.Fate.BY_DEADLINE, today)).isEqualTo(today.plusDays(7));
    }
}
