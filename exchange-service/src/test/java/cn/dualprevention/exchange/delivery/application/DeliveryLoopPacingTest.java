package cn.dualprevention.exchange.delivery.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** 上报循环的节奏 — how long a receiver rests between two rounds, and how often an idle one is polled. */
class DeliveryLoopPacingTest {

    private static final long POLL = Duration.ofSeconds(1).toNanos();

    @Test
    void aQuickRoundIsFollowedByATickOfRestSoANewRecordGoesOutAtOnce() {
        assertThat(DeliveryLoop.rest(Duration.ofMillis(3).toNanos(), POLL)).isEqualTo(Duration.ofMillis(100).toNanos());
    }

    @Test
    void aSlowRoundIsFollowedByThreeTimesAsLongARestSoWakesGatherInsteadOfRereadingTheDeliveries() {
        assertThat(DeliveryLoop.rest(Duration.ofMillis(150).toNanos(), POLL)).isEqualTo(Duration.ofMillis(450).toNanos());
    }

    @Test
    void theRestNeverExceedsOnePoll() {
        assertThat(DeliveryLoop.rest(Duration.ofMillis(400).toNanos(), POLL)).isEqualTo(POLL);
        assertThat(DeliveryLoop.rest(Duration.ofSeconds(40).toNanos(), POLL)).isEqualTo(POLL);
        assertThat(DeliveryLoop.rest(Duration.ofSeconds(40).toNanos(), Duration.ofMillis(20).toNanos()))
                .isEqualTo(Duration.ofMillis(100).toNanos());
    }

    @Test
    void anIdleReceiverIsPolledHalfAsOftenEachTimeUpToEightPolls() {
        assertThat(DeliveryLoop.pollInterval(POLL, 0)).isEqualTo(POLL);
        assertThat(DeliveryLoop.pollInterval(POLL, 1)).isEqualTo(2 * POLL);
        assertThat(DeliveryLoop.pollInterval(POLL, 2)).isEqualTo(4 * POLL);
        assertThat(DeliveryLoop.pollInterval(POLL, 3)).isEqualTo(8 * POLL);
        assertThat(DeliveryLoop.pollInterval(POLL, 40)).isEqualTo(8 * POLL);
    }
}
