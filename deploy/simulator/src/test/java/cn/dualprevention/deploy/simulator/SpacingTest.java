package cn.dualprevention.deploy.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpacingTest {

    @Test
    void checksOfOnePersonAreNeverCloserThanAMinuteAndStayInTheirWindow() {
        Instant start = Instant.parse("2026-11-17T00:00:00Z");
        Spacing spacing = new Spacing();
        List<PlannedCheck> spaced = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Cycle c = new Cycle("c" + i, "k" + i, "e", "t" + i, "u", "content", "ROUTINE", start,
                    start.plus(Duration.ofHours(4)), List.of("op"));
            // everything planned at the same moment
            spaced.add(spacing.space(new PlannedCheck(c, "op", Outcome.ON_TIME, start.plus(Duration.ofHours(2)), null, null,
                    10, true, false, false)));
        }
        List<Instant> times = spaced.stream().map(PlannedCheck::checkTime).sorted(Comparator.naturalOrder()).toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).isGreaterThanOrEqualTo(Spacing.GAP);
        }
        assertThat(spaced).allSatisfy(p -> assertThat(p.checkTime()).isAfterOrEqualTo(p.cycle().windowStart())
                .isBefore(p.cycle().windowEnd()));
    }
}
