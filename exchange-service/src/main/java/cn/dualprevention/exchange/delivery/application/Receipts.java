package cn.dualprevention.exchange.delivery.application;

import cn.dualprevention.exchange.delivery.domain.BatchAnswer;
import cn.dualprevention.exchange.delivery.domain.Delivery;
import cn.dualprevention.exchange.delivery.domain.DeliveryRepository;
import cn.dualprevention.exchange.delivery.domain.DeliveryState;
import cn.dualprevention.exchange.delivery.domain.Outcome;
import cn.dualprevention.exchange.receiver.application.ReceiverDirectory;
import cn.dualprevention.exchange.receiver.domain.Acknowledgement;
import cn.dualprevention.exchange.receiver.domain.HttpBatchProfile;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.errors.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * 异步回执 — the per-record results an asynchronous receiver posts for a batch it acknowledged with a batch id.
 * The receiver proves itself with the Basic credentials of its account.
 */
@Service
public class Receipts {

    private static final Logger log = LoggerFactory.getLogger(Receipts.class);

    private final ReceiverDirectory receivers;
    private final DeliveryRepository deliveries;
    private final DeliveryMetrics metrics;
    private final DeliverySignals signals;
    private final Clock clock;

    public Receipts(ReceiverDirectory receivers, DeliveryRepository deliveries, DeliveryMetrics metrics, DeliverySignals signals,
                    Clock clock) {
        this.receivers = receivers;
        this.deliveries = deliveries;
        this.metrics = metrics;
        this.signals = signals;
        this.clock = clock;
    }

    /** True when the authorization header carries the receiver account's credentials. */
    public boolean authorized(String receiverId, String authorization) {
        Receiver receiver = receivers.find(receiverId).orElse(null);
        if (receiver == null || receiver.secrets() == null || authorization == null || !authorization.startsWith("Basic ")) {
            return false;
        }
        String expected = Base64.getEncoder().encodeToString((receiver.secrets().user() + ":" + receiver.secrets().password())
                .getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                authorization.substring("Basic ".length()).trim().getBytes(StandardCharsets.UTF_8));
    }

    /** Applies a receipt; returns how many records of the batch it settled. */
    public int apply(String receiverId, String batchId, Map<String, BatchAnswer.RecordResult> results) {
        Receiver receiver = receivers.find(receiverId).orElseThrow(() -> new NotFoundException("receiver", receiverId));
        if (!(receiver.profile() instanceof HttpBatchProfile http) || http.acknowledgement() != Acknowledgement.ASYNC) {
            throw new RuleViolationException("receiver/asynchronous", "receiver " + receiverId + " does not acknowledge asynchronously");
        }
        Instant now = clock.instant();
        List<Outcome> outcomes = new ArrayList<>();
        int accepted = 0;
        int rejected = 0;
        for (Delivery delivery : deliveries.inBatch(receiverId, batchId)) {
            BatchAnswer.RecordResult result = results.get(delivery.ref().id());
            if (result == null) {
                outcomes.add(Outcome.stillPending(delivery, List.of(), "the receipt of batch " + batchId + " names no result for this record",
                        now, now, true));
            } else if (result.accepted()) {
                outcomes.add(new Outcome(delivery.id(), delivery.revision(), DeliveryState.ACCEPTED, null, List.of(), batchId,
                        delivery.sentHash(), false, now, null, "accepted (receipt " + batchId + ")"));
                accepted++;
            } else {
                outcomes.add(new Outcome(delivery.id(), delivery.revision(), DeliveryState.REJECTED, result.message(), List.of(),
                        batchId, null, false, now, null, "rejected (receipt " + batchId + ")"));
                rejected++;
            }
        }
        deliveries.record(outcomes);
        metrics.accepted(receiverId, accepted);
        metrics.rejected(receiverId, rejected);
        signals.wake(receiverId);
        log.info("receipt {} of receiver {}: {} accepted, {} rejected", batchId, receiverId, accepted, rejected);
        return outcomes.size();
    }
}
