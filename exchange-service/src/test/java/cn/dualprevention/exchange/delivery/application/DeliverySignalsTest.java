package cn.dualprevention.exchange.delivery.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 上报唤醒 — what a round of a receiver is woken for. */
class DeliverySignalsTest {

    private final DeliverySignals signals = new DeliverySignals();

    @Test
    void newRecordsWakeTheReceiverForJustTheirDeliveriesOnce() {
        assertThat(signals.take("hub")).isNull();
        signals.planned("hub", "hub:riskUnit:u1");
        signals.planned("hub", "hub:riskEvent:e1");
        signals.planned("stream", "stream:riskUnit:u1");

        DeliverySignals.Wake wake = signals.take("hub");
        assertThat(wake.full()).isFalse();
        assertThat(wake.named()).containsExactlyInAnyOrder("hub:riskUnit:u1", "hub:riskEvent:e1");
        assertThat(signals.take("hub")).isNull();
        assertThat(signals.take("stream").named()).containsExactly("stream:riskUnit:u1");
    }

    @Test
    void aPlainWakeAsksForAFullRound() {
        signals.planned("hub", "hub:riskUnit:u1");
        signals.wake("hub");
        DeliverySignals.Wake wake = signals.take("hub");
        assertThat(wake.full()).isTrue();
        assertThat(wake.named()).containsExactly("hub:riskUnit:u1");
    }

    @Test
    void beyondTheMostNamedDeliveriesTheRoundLooksForAllDueOnes() {
        for (int i = 0; i <= DeliverySignals.MOST_NAMED; i++) {
            signals.planned("hub", "hub:checkTask:t" + i);
        }
        DeliverySignals.Wake wake = signals.take("hub");
        assertThat(wake.full()).isTrue();
        assertThat(wake.named()).hasSize(DeliverySignals.MOST_NAMED);
    }

    @Test
    void aWakeKeptForAPausedReceiverComesBackWhole() {
        signals.planned("hub", "hub:riskUnit:u1");
        signals.wake("hub");
        signals.keep("hub", signals.take("hub"));
        DeliverySignals.Wake again = signals.take("hub");
        assertThat(again.full()).isTrue();
        assertThat(again.named()).containsExactly("hub:riskUnit:u1");
    }
}
