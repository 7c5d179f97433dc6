package cn.dualprevention.exchange.delivery.application;

import cn.dualprevention.exchange.delivery.domain.BatchAnswer;
import cn.dualprevention.exchange.delivery.domain.Delivery;
import cn.dualprevention.exchange.delivery.domain.DeliveryRepository;
import cn.dualprevention.exchange.delivery.domain.DeliveryState;
import cn.dualprevention.exchange.delivery.domain.Outcome;
import cn.dualprevention.exchange.delivery.domain.PhotoAttachments;
import cn.dualprevention.exchange.delivery.domain.PhotoSourceFault;
import cn.dualprevention.exchange.delivery.domain.ReceiverDialect;
import cn.dualprevention.exchange.delivery.domain.RecordTransport;
import cn.dualprevention.exchange.delivery.domain.WireRecord;
import cn.dualprevention.exchange.receiver.application.ReceiverDirectory;
import cn.dualprevention.exchange.receiver.domain.Acknowledgement;
import cn.dualprevention.exchange.receiver.domain.HttpBatchProfile;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.exchange.record.application.RecordBuilder;
import cn.dualprevention.exchange.record.domain.BuiltRecord;
import cn.dualprevention.exchange.record.domain.KeptRecord;
import cn.dualprevention.exchange.record.domain.RecordRef;
import cn.dualprevention.exchange.record.domain.RecordState;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.exchange.record.domain.RegulatorRecords;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One round of deliveries to one receiver: its due records, parents' types first, in batches of the receiver's
 * size. A record goes only when every parent was accepted by this receiver; fields the receiver already accepted
 * are not sent again (unless a resync or a person asks). Each send passes the receiver's circuit breaker; a fault
 * ends the round and pauses the receiver (backoff), credentials or settings refused stop it until a person changes
 * it. Nothing is ever marked accepted that the receiver did not accept. Before sending, a round plans the next pages
 * of the receiver's open resync requests (its first connection's full sync is one too): {@link ResyncPlanning}.
 *
 * <p>Photos ({@code hiddenDanger.attachments1/2}) are fetched just before the batch of their record goes, and a batch
 * carries at most {@code dp.exchange.photos.max-batch-bytes} of them (a larger one is split). A record whose photo cannot
 * travel (not found, not a picture) is held for this receiver with the reason; a photo service that fails leaves the
 * record pending (backoff per record, the receiver is not paused) — it never goes without its photo.
 */
@Component
public class DeliveryRound {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRound.class);
    private static final int FETCH = 1000;
    private static final int MAX_SPLIT_DEPTH = 12;

    private final RegulatorRecords records;
    private final RecordBuilder builder;
    private final DeliveryRepository deliveries;
    private final List<RecordTransport> transports;
    private final ReceiverDirectory receivers;
    private final ResyncPlanning resyncs;
    private final DeliveryMetrics metrics;
    private final DeliverySettings settings;
    private final CircuitBreakerRegistry breakers;
    private final PhotoAttachments photos;
    private final PhotoSettings photoSettings;
    private final Clock clock;
    private final Map<String, ReceiverBackoff> backoffs = new ConcurrentHashMap<>();

    public DeliveryRound(RegulatorRecords records, RecordBuilder builder, DeliveryRepository deliveries,
                         List<RecordTransport> transports, ReceiverDirectory receivers, ResyncPlanning resyncs,
                         DeliveryMetrics metrics, DeliverySettings settings, ObjectProvider<CircuitBreakerRegistry> breakers,
                         PhotoAttachments photos, PhotoSettings photoSettings, Clock clock) {
        this.records = records;
        this.builder = builder;
        this.deliveries = deliveries;
        this.transports = List.copyOf(transports);
        this.receivers = receivers;
        this.resyncs = resyncs;
        this.metrics = metrics;
        this.settings = settings;
        this.breakers = breakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults);
        this.photos = photos;
        this.photoSettings = photoSettings;
        this.clock = clock;
    }

    /** True when the receiver is paused after failures. */
    boolean pausedAt(String receiverId, Instant now) {
        ReceiverBackoff backoff = backoffs.get(receiverId);
        return backoff != null && backoff.pausedAt(now);
    }

    /** True when a round would have something to do. */
    boolean hasWork(Receiver receiver) {
        Instant now = clock.instant();
        return firstSyncDue(receiver, now) || resyncs.hasOpen(receiver) || deliveries.anyDue(receiver.id(), now, receiptCutoff(receiver, now));
    }

    /** The receiver's circuit breaker (one per receiver). */
    public CircuitBreaker breaker(Receiver receiver) {
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRate())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(Math.min(settings.window(), 3))
                .slowCallDurationThreshold(settings.slowCall())
                .slowCallRateThreshold(100)
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordExceptions(ReceiverFault.class)
                .build();
        return breakers.circuitBreaker("exchange-receiver-" + receiver.id(), config);
    }

    /** A full round: every due delivery of the receiver. */
    public void run(Receiver receiver) {
        run(receiver, null);
    }

    /**
     * @param named null: a full round, which looks for every due delivery of the receiver; else only these deliveries,
     *              just planned as pending, are sent if still due (a round woken by new records)
     */
    public void run(Receiver receiver, Set<String> named) {
        Instant started = clock.instant();
        if (firstSyncDue(receiver, started)) {
            resyncs.requestFirstConnection(receiver, started);
            receivers.save(receiver.synced(started));
        }
        resyncs.advance(receiver);
        RecordTransport transport = transports.stream().filter(t -> t.serves(receiver)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no transport for " + receiver.profile().kind()));
        CircuitBreaker breaker = breaker(receiver);
        ReceiverBackoff backoff = backoffs.computeIfAbsent(receiver.id(),
                id -> new ReceiverBackoff(settings.initialBackoff(), settings.maxBackoff()));
        if (named != null) {
            List<String> ids = List.copyOf(named);
            int sends = 0;
            for (int from = 0; from < ids.size() && sends < settings.batchesPerRound(); from += FETCH) {
                Instant now = clock.instant();
                List<Delivery> due = deliveries.findAll(ids.subList(from, Math.min(ids.size(), from + FETCH))).stream()
                        .filter(d -> d.state() == DeliveryState.PENDING && (d.nextAttemptAt() == null || !d.nextAttemptAt().isAfter(now)))
                        .sorted(PARENTS_FIRST).toList();
                Sent sent = send(receiver, transport, breaker, backoff, due, sends);
                sends = sent.sends();
                if (sent.stop()) {
                    return;
                }
            }
            return;
        }
        int sends = 0;
        while (sends < settings.batchesPerRound()) {
            Instant now = clock.instant();
            List<Delivery> due = deliveries.due(receiver.id(), now, receiptCutoff(receiver, now), FETCH);
            if (due.isEmpty()) {
                return;
            }
            Sent sent = send(receiver, transport, breaker, backoff, due, sends);
            sends = sent.sends();
            if (sent.stop()) {
                return;
            }
        }
    }

    /** Parents' types first, then the longest pending (the order of the due-query). */
    private static final java.util.Comparator<Delivery> PARENTS_FIRST = java.util.Comparator
            .comparingInt((Delivery d) -> d.ref().type().parentOrder())
            .thenComparing(Delivery::pendingSince, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

    /** Sends the due deliveries in batches, type by type; {@code sends} so far in the round, and whether to stop. */
    private Sent send(Receiver receiver, RecordTransport transport, CircuitBreaker breaker, ReceiverBackoff backoff,
                      List<Delivery> due, int sends) {
        Map<RecordType, List<Delivery>> byType = due.stream()
                .collect(Collectors.groupingBy(d -> d.ref().type(), LinkedHashMap::new, Collectors.toList()));
        for (List<Delivery> ofType : byType.values()) {
            for (int from = 0; from < ofType.size(); from += receiver.profile().batchSize()) {
                List<Delivery> chunk = ofType.subList(from, Math.min(ofType.size(), from + receiver.profile().batchSize()));
                Sent sent = deliverChunk(receiver, transport, breaker, backoff, chunk);
                sends += sent.sends();
                if (sent.stop() || sends >= settings.batchesPerRound()) {
                    return new Sent(sends, true);
                }
            }
        }
        return new Sent(sends, false);
    }

    private boolean firstSyncDue(Receiver receiver, Instant now) {
        return receiver.firstSyncAt() == null && receiver.enterpriseId() != null
                && !receiver.createdAt().plus(settings.firstSyncSettle()).isAfter(now);
    }

    private static Instant receiptCutoff(Receiver receiver, Instant now) {
        if (receiver.profile() instanceof HttpBatchProfile http && http.acknowledgement() == Acknowledgement.ASYNC) {
            return now.minus(http.receiptTimeout());
        }
        return Instant.EPOCH;
    }

    private Sent deliverChunk(Receiver receiver, RecordTransport transport, CircuitBreaker breaker, ReceiverBackoff backoff,
                              List<Delivery> chunk) {
        Instant now = clock.instant();
        Map<String, KeptRecord> kept = records.findAll(chunk.stream().map(Delivery::ref).toList()).stream()
                .collect(Collectors.toMap(k -> k.ref().key(), k -> k));
        List<Outcome> outcomes = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Set<RecordRef> allParents = new HashSet<>();
        for (Delivery delivery : chunk) {
            KeptRecord record = kept.get(delivery.ref().key());
            if (record == null) {
                outcomes.add(Outcome.held(delivery, List.of("the record " + delivery.ref() + " is not kept here"), now));
                continue;
            }
            if (record.state() == RecordState.HELD) {
                outcomes.add(Outcome.held(delivery, record.holdReasons(), now));
                continue;
            }
            BuiltRecord built = builder.build(record, receiver.profile().mapping());
            if (!built.sendable()) {
                outcomes.add(Outcome.held(delivery, built.problems(), now));
                continue;
            }
            WireRecord wire = ReceiverDialect.toWire(built, receiver.profile());
            if (!wire.sendable()) {
                outcomes.add(Outcome.held(delivery, wire.problems(), now));
                continue;
            }
            candidates.add(new Candidate(delivery, wire, wire.fingerprint(), built.parents()));
            allParents.addAll(built.parents());
        }
        Set<String> acceptedParents = deliveries.everAccepted(receiver.id(), allParents);
        List<Candidate> ready = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<String> waiting = candidate.parents().stream().filter(parent -> !acceptedParents.contains(parent.key()))
                    .map(parent -> "waiting for " + parent + " to be accepted by this receiver").toList();
            Delivery delivery = candidate.delivery();
            if (!waiting.isEmpty()) {
                outcomes.add(Outcome.stillPending(delivery, waiting, null, now, now.plus(settings.parentRecheck()), false));
            } else if (!delivery.force() && delivery.state() == DeliveryState.PENDING && candidate.hash().equals(delivery.acceptedHash())) {
                outcomes.add(Outcome.accepted(delivery, candidate.hash(), now, "unchanged since accepted; not re-sent"));
            } else {
                ready.add(candidate);
            }
        }
        Sent sent = sendWithPhotos(receiver, transport, breaker, backoff, ready, outcomes);
        deliveries.record(outcomes);
        count(receiver, outcomes);
        return sent;
    }

    /**
     * Sends the ready records, their photos fetched one record after the other and put in, in batches of at most
     * {@code max-batch-bytes} of photos. After a photo service failed, the other records with photos of this chunk are
     * not tried again now (they would wait for the same timeouts): all stay pending, each with its own backoff.
     */
    private Sent sendWithPhotos(Receiver receiver, RecordTransport transport, CircuitBreaker breaker, ReceiverBackoff backoff,
                                List<Candidate> ready, List<Outcome> outcomes) {
        long budget = photoSettings.maxBatchBytes().toBytes();
        List<Candidate> batch = new ArrayList<>();
        long bytes = 0;
        int sends = 0;
        String photoFault = null;
        int attached = 0;
        int reencoded = 0;
        int held = 0;
        int faults = 0;
        try {
            for (Candidate candidate : ready) {
                if (!candidate.wire().needsPhotos()) {
                    batch.add(candidate);
                    continue;
                }
                Instant now = clock.instant();
                if (photoFault == null) {
                    try {
                        switch (photos.attach(candidate.wire(), receiver.profile())) {
                            case PhotoAttachments.Attachment.Held hold -> {
                                outcomes.add(Outcome.held(candidate.delivery(), hold.reasons(), now));
                                held++;
                            }
                            case PhotoAttachments.Attachment.Ready photoReady -> {
                                if (!batch.isEmpty() && bytes + photoReady.bytes() > budget) {
                                    Sent sent = send(receiver, transport, breaker, backoff, batch, outcomes, 0);
                                    sends += sent.sends();
                                    batch = new ArrayList<>();
                                    bytes = 0;
                                    if (sent.stop()) {
                                        return new Sent(sends, true); // this record stays pending as it was
                                    }
                                }
                                batch.add(new Candidate(candidate.delivery(), photoReady.wire(), candidate.hash(), candidate.parents()));
                                bytes += photoReady.bytes();
                                attached += photoReady.photos().size();
                                reencoded += (int) photoReady.photos().stream().filter(p -> p.reencoded()).count();
                            }
                        }
                        continue;
                    } catch (PhotoSourceFault e) {
                        photoFault = e.getMessage();
                        log.warn("receiver {}: the photos of {} cannot be fetched now, the record waits: {}", receiver.id(),
                                candidate.delivery().ref(), photoFault);
                    }
                }
                faults++;
                Delivery delivery = candidate.delivery();
                outcomes.add(Outcome.stillPending(delivery, List.of(), "photo service fault: " + photoFault, now,
                        now.plus(photoBackoff(delivery)), true));
            }
            Sent last = send(receiver, transport, breaker, backoff, batch, outcomes, 0);
            return new Sent(sends + last.sends(), last.stop());
        } finally {
            metrics.photos(receiver.id(), "attached", attached);
            metrics.photos(receiver.id(), "reencoded", reencoded);
            metrics.photos(receiver.id(), "held", held);
            metrics.photos(receiver.id(), "fault", faults);
        }
    }

    /** A record waiting for a failing photo service: {@code initial-backoff} doubling per attempt up to {@code max-backoff}. */
    private Duration photoBackoff(Delivery delivery) {
        Duration pause = settings.initialBackoff().multipliedBy(1L << Math.min(delivery.attempts(), 20));
        return pause.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : pause;
    }

    private Sent send(Receiver receiver, RecordTransport transport, CircuitBreaker breaker, ReceiverBackoff backoff,
                      List<Candidate> ready, List<Outcome> outcomes, int depth) {
        if (ready.isEmpty()) {
            return new Sent(0, false);
        }
        if (!breaker.tryAcquirePermission()) {
            return new Sent(0, true); // open: the records stay pending, the receiver is tried again later
        }
        RecordType type = ready.getFirst().delivery().ref().type();
        long start = System.nanoTime();
        BatchAnswer answer;
        try {
            answer = transport.send(receiver, type, ready.stream().map(Candidate::wire).toList());
        } catch (RuntimeException e) {
            answer = new BatchAnswer.Fault(e.toString());
        }
        long took = System.nanoTime() - start;
        Instant now = clock.instant();
        if (answer instanceof BatchAnswer.Fault fault) {
            breaker.onError(took, TimeUnit.NANOSECONDS, new ReceiverFault(fault.message()));
            backoff.failed(now);
            log.warn("receiver {}: {} batch of {} failed ({} in a row), retrying later: {}", receiver.id(), type.specName(),
                    ready.size(), backoff.failures(), fault.message());
            ready.forEach(c -> outcomes.add(Outcome.stillPending(c.delivery(), List.of(), "receiver fault: " + fault.message(),
                    now, null, true)));
            return new Sent(1, true);
        }
        if (answer instanceof BatchAnswer.Refused refused) {
            breaker.onError(took, TimeUnit.NANOSECONDS, new ReceiverFault(refused.message()));
            log.error("receiver {} refused our credentials or settings; deliveries stop until the receiver is changed: {}",
                    receiver.id(), refused.message());
            receivers.save(receiver.blocked(refused.message()));
            ready.forEach(c -> outcomes.add(Outcome.stillPending(c.delivery(), List.of(), "stopped: " + refused.message(),
                    now, null, true)));
            return new Sent(1, true);
        }
        breaker.onSuccess(took, TimeUnit.NANOSECONDS);
        backoff.succeeded();
        switch (answer) {
            case BatchAnswer.PerRecord perRecord -> ready.forEach(c -> {
                BatchAnswer.RecordResult result = perRecord.results().get(c.delivery().ref().id());
                if (result == null) {
                    outcomes.add(Outcome.stillPending(c.delivery(), List.of(), "the receiver gave no answer for this record",
                            now, now.plus(settings.parentRecheck()), true));
                } else if (result.accepted()) {
                    outcomes.add(Outcome.accepted(c.delivery(), c.hash(), now, "accepted"));
                } else {
                    outcomes.add(Outcome.rejected(c.delivery(), result.message(), now));
                }
            });
            case BatchAnswer.Receipt receipt -> ready.forEach(c -> outcomes.add(Outcome.sent(c.delivery(), receipt.batchId(),
                    c.hash(), now)));
            case BatchAnswer.BatchRefused refused -> {
                List<Candidate> good = new ArrayList<>();
                for (Candidate c : ready) {
                    String rule = refused.badRecords().get(c.delivery().ref().id());
                    if (rule != null) {
                        outcomes.add(Outcome.rejected(c.delivery(), rule, now));
                    } else {
                        good.add(c);
                    }
                }
                if (good.size() == ready.size()) { // it named none of ours: nothing to isolate
                    ready.forEach(c -> outcomes.add(Outcome.stillPending(c.delivery(), List.of(),
                            "batch refused: " + refused.message(), now, now.plus(settings.parentRecheck()), true)));
                    return new Sent(1, false);
                }
                Sent rest = send(receiver, transport, breaker, backoff, good, outcomes, depth + 1);
                return new Sent(1 + rest.sends(), rest.stop());
            }
            case BatchAnswer.UnnamedRecordProblem problem -> {
                if (ready.size() == 1 || depth >= MAX_SPLIT_DEPTH) {
                    ready.forEach(c -> outcomes.add(Outcome.rejected(c.delivery(), problem.message(), now)));
                    return new Sent(1, false);
                }
                int half = ready.size() / 2;
                Sent first = send(receiver, transport, breaker, backoff, ready.subList(0, half), outcomes, depth + 1);
                if (first.stop()) {
                    return new Sent(1 + first.sends(), true);
                }
                Sent second = send(receiver, transport, breaker, backoff, ready.subList(half, ready.size()), outcomes, depth + 1);
                return new Sent(1 + first.sends() + second.sends(), second.stop());
            }
            default -> throw new IllegalStateException("unexpected answer " + answer);
        }
        return new Sent(1, false);
    }

    private void count(Receiver receiver, List<Outcome> outcomes) {
        Map<DeliveryState, Long> byState = outcomes.stream().collect(Collectors.groupingBy(Outcome::state, Collectors.counting()));
        metrics.accepted(receiver.id(), byState.getOrDefault(DeliveryState.ACCEPTED, 0L).intValue());
        metrics.rejected(receiver.id(), byState.getOrDefault(DeliveryState.REJECTED, 0L).intValue());
        metrics.held(receiver.id(), byState.getOrDefault(DeliveryState.HELD, 0L).intValue());
    }

    /** A receiver's failure as the circuit breaker counts it. */
    static final class ReceiverFault extends RuntimeException {
        ReceiverFault(String message) {
            super(message, null, false, false);
        }
    }

    private record Candidate(Delivery delivery, WireRecord wire, String hash, List<RecordRef> parents) {
    }

    private record Sent(int sends, boolean stop) {
    }

    Duration recheck() {
        return settings.parentRecheck();
    }
}
