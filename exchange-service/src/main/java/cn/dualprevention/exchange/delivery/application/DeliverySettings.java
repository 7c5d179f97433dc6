package cn.dualprevention.exchange.delivery.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Delivery loop settings ({@code dp.exchange.delivery.*}).
 *
 * @param poll              how often an idle receiver is looked at (a new record wakes its receivers at once)
 * @param parentRecheck     how long a record waiting for its parent's acceptance waits before it is looked at again
 * @param initialBackoff    first pause after a receiver failed; doubles with each further failure …
 * @param maxBackoff        … up to this
 * @param failureRate       circuit breaker: failure rate (percent) over the last {@code window} calls that opens it
 * @param window            circuit breaker: calls it looks at (and at least that many before it judges)
 * @param openFor           circuit breaker: how long it stays open before one trial call
 * @param slowCall          circuit breaker: a call slower than this counts as slow (slow calls open it too)
 * @param batchesPerRound   batches one round of a receiver sends at most before giving others a turn
 * @param firstSyncSettle   a new receiver's first full sync waits this long (every instance sees the receiver by then)
 * @param resyncPagesPerRound pages of 1,000 records of a full sync (resync request, first connection) one round of a
 *                          receiver plans at most before it sends (default 20)
 */
@ConfigurationProperties("dp.exchange.delivery")
public record DeliverySettings(Duration poll, Duration parentRecheck, Duration initialBackoff, Duration maxBackoff,
                               Integer failureRate, Integer window, Duration openFor, Duration slowCall,
                               Integer batchesPerRound, Duration firstSyncSettle,
                               Integer resyncPagesPerRound) {

    public DeliverySettings {
        poll = poll == null ? Duration.ofSeconds(1) : poll;
        parentRecheck = parentRecheck == null ? Duration.ofSeconds(2) : parentRecheck;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(2) : maxBackoff;
        failureRate = failureRate == null ? 50 : failureRate;
        window = window == null ? 10 : window;
        openFor = openFor == null ? Duration.ofSeconds(30) : openFor;
        slowCall = slowCall == null ? Duration.ofSeconds(20) : slowCall;
        batchesPerRound = batchesPerRound == null ? 100 : batchesPerRound;
        firstSyncSettle = firstSyncSettle == null ? Duration.ofSeconds(6) : firstSyncSettle;
        resyncPagesPerRound = resyncPagesPerRound == null ? 20 : resyncPagesPerRound;
        if (resyncPagesPerRound < 1) {
            throw new IllegalArgumentException("dp.exchange.delivery.resync-pages-per-round must be at least 1");
        }
    }
}
