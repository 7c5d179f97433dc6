package cn.dualprevention.exchange.delivery.application;

import cn.dualprevention.exchange.delivery.domain.DeliveryRepository;
import cn.dualprevention.exchange.receiver.application.ReceiverDirectory;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.platform.scheduling.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * 上报循环 — one bounded delivery loop per receiver: at most one round of a receiver runs at a time (on this and,
 * through the cluster lock {@code exchange-delivery-<receiverId>}, on any instance), whatever the number of
 * records; a slow receiver holds up only its own round. A round starts when a new record wakes its receivers, or
 * at the next poll; a receiver paused after failures waits out its backoff, then catches up by itself.
 *
 * <p>A round woken by new records sends just those ({@link DeliverySignals#planned}); a poll, or a wake that names
 * no delivery, runs a full round, which looks for every due delivery. Rounds are paced: after a round the receiver
 * rests three times as long as the round took (at least one tick, at most one poll), and wakes arriving meanwhile are
 * gathered into the next round; a receiver polled with nothing to do is polled half as often each time (up to every {@value #IDLE_POLL_FACTOR} polls) until a wake or work comes. With a
 * database that answers the due-query from an index this changes little (rounds take milliseconds); with one that
 * reads every delivery for it (the in-memory stand-in of local mode) a stream of new records, or an idle receiver,
 * no longer turns into back-to-back reads of the whole collection, which starved the keeping of records.
 */
@Component
public class DeliveryLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLoop.class);
    private static final Duration TICK = Duration.ofMillis(100);
    private static final Duration METRICS_EVERY = Duration.ofSeconds(15);
    static final int IDLE_POLL_FACTOR = 8;
    private static final int REST_FACTOR = 3;
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

    private final ReceiverDirectory receivers;
    private final DeliveryRound round;
    private final DeliverySignals signals;
    private final DeliveryRepository deliveries;
    private final DeliveryMetrics metrics;
    private final DeliverySettings settings;
    private final ClusterLock lock;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> nextPoll = new ConcurrentHashMap<>();
    private final Map<String, Long> restUntil = new ConcurrentHashMap<>();
    private final Map<String, Integer> idlePolls = new ConcurrentHashMap<>();
    private ScheduledExecutorService ticker;
    private ExecutorService rounds;
    private volatile boolean running;
    private long lastMetrics;

    public DeliveryLoop(ReceiverDirectory receivers, DeliveryRound round, DeliverySignals signals,
                        DeliveryRepository deliveries, DeliveryMetrics metrics, DeliverySettings settings, ClusterLock lock) {
        this.receivers = receivers;
        this.round = round;
        this.signals = signals;
        this.deliveries = deliveries;
        this.metrics = metrics;
        this.settings = settings;
        this.lock = lock;
    }

    @Override
    public void start() {
        running = true;
        rounds = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("exchange-delivery-", 0).factory());
        ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("exchange-delivery-loop").daemon(true).factory());
        ticker.scheduleWithFixedDelay(this::tickSafely, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("delivery loop tick failed: {}", e.toString());
        }
    }

    private void tick() {
        List<Receiver> all = receivers.all();
        long nanos = System.nanoTime();
        Instant now = metrics.now();
        for (Receiver receiver : all) {
            String id = receiver.id();
            if (!receiver.deliverable() || inFlight.contains(id)) {
                continue;
            }
            if (nanos < restUntil.getOrDefault(id, 0L)) {
                continue; // a wake meanwhile stays for the next round
            }
            DeliverySignals.Wake wake = signals.take(id);
            boolean pollDue = nanos >= nextPoll.getOrDefault(id, 0L);
            if (wake == null && !pollDue || round.pausedAt(id, now)) {
                if (wake != null) {
                    signals.keep(id, wake); // for when the pause is over
                }
                continue;
            }
            if (wake != null) {
                idlePolls.remove(id);
            }
            boolean full = pollDue || wake.full();
            if (full) {
                nextPoll.put(id, nanos + pollInterval(settings.poll().toNanos(), idlePolls.getOrDefault(id, 0)));
            }
            Set<String> named = full ? null : wake.named();
            inFlight.add(id);
            rounds.submit(() -> runRound(receiver, named));
        }
        if (nanos - lastMetrics > METRICS_EVERY.toNanos()) {
            lastMetrics = nanos;
            metrics.refresh(all.stream().map(Receiver::id).collect(Collectors.toSet()), deliveries.backlog());
        }
    }

    /** @param named null: a full round (after a check that there is work); else the deliveries just planned */
    private void runRound(Receiver receiver, Set<String> named) {
        long started = System.nanoTime();
        try {
            if (running && named != null) {
                if (!lock.runExclusively("exchange-delivery-" + receiver.id(), LOCK_AT_MOST, () -> round.run(receiver, named))) {
                    signals.keep(receiver.id(), new DeliverySignals.Wake(false, named)); // another instance's round: later
                }
            } else if (running && round.hasWork(receiver)) {
                idlePolls.remove(receiver.id());
                lock.runExclusively("exchange-delivery-" + receiver.id(), LOCK_AT_MOST, () -> round.run(receiver));
            } else {
                idlePolls.merge(receiver.id(), 1, Integer::sum);
            }
        } catch (RuntimeException e) {
            log.warn("delivery round of receiver {} failed: {}", receiver.id(), e.toString());
        } finally {
            long ended = System.nanoTime();
            restUntil.put(receiver.id(), ended + rest(ended - started, settings.poll().toNanos()));
            inFlight.remove(receiver.id());
        }
    }

    /** How long a receiver rests after a round that took {@code roundNanos}: three times as long, at least a tick, at most a poll. */
    static long rest(long roundNanos, long pollNanos) {
        long longest = Math.max(TICK.toNanos(), pollNanos);
        return Math.max(TICK.toNanos(), Math.min(longest, roundNanos > longest / REST_FACTOR ? longest : roundNanos * REST_FACTOR));
    }

    /** The time to the next poll after {@code idle} polls in a row found nothing to do: doubled each time, up to the factor. */
    static long pollInterval(long pollNanos, int idle) {
        return pollNanos * Math.min(IDLE_POLL_FACTOR, 1L << Math.min(idle, 3));
    }

    @Override
    public void stop() {
        running = false;
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (rounds != null) {
            rounds.shutdown();
            try {
                if (!rounds.awaitTermination(20, TimeUnit.SECONDS)) {
                    rounds.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stops before the Kafka producer and the MongoDB client go away
        return Integer.MAX_VALUE - 1500;
    }
}
