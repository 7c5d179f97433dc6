package cn.dualprevention.exchange.delivery.application;

import java.time.Duration;
import java.time.Instant;

/** Pauses a failing receiver: the first pause {@code initial}, doubling with every further failure up to {@code max}. */
final class ReceiverBackoff {

    private final Duration initial;
    private final Duration max;
    private int failures;
    private Instant until = Instant.MIN;

    ReceiverBackoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    synchronized void failed(Instant now) {
        failures++;
        long factor = 1L << Math.min(failures - 1, 20);
        Duration pause = initial.multipliedBy(factor);
        until = now.plus(pause.compareTo(max) > 0 ? max : pause);
    }

    synchronized void succeeded() {
        failures = 0;
        until = Instant.MIN;
    }

    synchronized boolean pausedAt(Instant now) {
        return now.isBefore(until);
    }

    synchronized int failures() {
        return failures;
    }
}
