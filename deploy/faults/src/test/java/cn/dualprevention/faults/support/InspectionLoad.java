package cn.dualprevention.faults.support;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Inspectors' phones submitting records through the gateway at a steady rate (the fault run's own load driver):
 * one record per open cycle, every {@code hazardEvery}-th one "hazard found", each with a client-generated id.
 * A request whose outcome the phone did not learn (I/O error, timeout, 5xx, 408, 429) is sent again with the SAME
 * client id after a short back-off — inspection-service answers a re-sent client id with 200 DUPLICATE and stores
 * nothing twice (its offline-batch / idempotency rule). At most {@code maxInFlight} records are under way at once:
 * during an outage the phones queue, as a real phone does, instead of flooding the gateway.
 */
public final class InspectionLoad implements LoadDriver {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final FaultPlant plant;
    private final Deque<FaultPlant.Cycle> pool;
    private final double ratePerSecond;
    private final int hazardEvery;
    private final Semaphore inFlight;
    private final int maxInFlight;
    private final Ledger ledger = new Ledger();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger issuedInPhase = new AtomicInteger();
    private final int perPhase;
    private volatile boolean budgetReached;
    private final ExecutorService phones = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean running;
    private volatile boolean givingUp;
    private volatile boolean poolEmptied;
    private volatile String phase = "none";
    private Thread pacer;

    /**
     * @param perPhase at most this many records per {@link #start(String) phase}: the open cycles are shared out over
     *                 the faults so that each gets load while its part is down (then the phones pause)
     */
    public InspectionLoad(FaultPlant plant, List<FaultPlant.Cycle> cycles, double ratePerSecond, int maxInFlight,
                          int hazardEvery, int perPhase) {
        this.perPhase = perPhase;
        this.plant = plant;
        this.pool = new ArrayDeque<>(cycles);
        this.ratePerSecond = ratePerSecond;
        this.hazardEvery = hazardEvery;
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight);
    }

    @Override
    public synchronized void start(String phase) {
        if (running) {
            throw new IllegalStateException("already running");
        }
        this.phase = phase;
        this.issuedInPhase.set(0);
        this.budgetReached = false;
        this.running = true;
        this.givingUp = false;
        pacer = Thread.ofPlatform().daemon().name("faults-load-pacer").start(this::pace);
    }

    @Override
    public synchronized void stop(Duration settle) {
        running = false;
        try {
            if (pacer != null) {
                pacer.join(10_000);
            }
            if (!inFlight.tryAcquire(maxInFlight, settle.toMillis(), TimeUnit.MILLISECONDS)) {
                givingUp = true;
                inFlight.acquire(maxInFlight);
            }
            inFlight.release(maxInFlight);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Ledger ledger() {
        return ledger;
    }

    /** Whether the pool of open cycles ran out (the driver then stopped sending: more tasks are needed). */
    public boolean poolEmptied() {
        return poolEmptied;
    }

    /** Whether the last phase used its share of the cycles before it ended (then the phones paused). */
    public boolean budgetReached() {
        return budgetReached;
    }

    public int cyclesLeft() {
        synchronized (pool) {
            return pool.size();
        }
    }

    private void pace() {
        long intervalNanos = (long) (1e9 / ratePerSecond);
        long next = System.nanoTime();
        while (running) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                sleepNanos(wait);
                continue;
            }
            next += intervalNanos;
            if (issuedInPhase.get() >= perPhase) {
                budgetReached = true;
                sleepNanos(intervalNanos);
                continue;
            }
            try {
                if (!inFlight.tryAcquire(200, TimeUnit.MILLISECONDS)) {
                    next = System.nanoTime(); // the phones queue; no burst afterwards
                    continue;
                }
            } catch (InterruptedException e) {
                return;
            }
            FaultPlant.Cycle cycle;
            synchronized (pool) {
                cycle = pool.pollFirst();
            }
            if (cycle == null) {
                poolEmptied = true;
                inFlight.release();
                continue;
            }
            int n = issued.incrementAndGet();
            issuedInPhase.incrementAndGet();
            Instant checkTime = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
            if (checkTime.isBefore(cycle.windowStart())) {
                checkTime = cycle.windowStart();
            }
            Ledger.Sent sent = ledger.add(UUID.randomUUID().toString(), cycle.id(), cycle.personId(), n % hazardEvery == 0,
                    checkTime, phase);
            phones.execute(() -> {
                try {
                    submitUntilKnown(sent);
                } finally {
                    inFlight.release();
                }
            });
        }
    }

    private void submitUntilKnown(Ledger.Sent sent) {
        Api phone = plant.inspector(sent.personId());
        String body = body(sent);
        long backoffMs = 500;
        String last = null;
        while (true) {
            if (givingUp) {
                sent.gaveUp(last);
                return;
            }
            sent.attempt();
            try {
                Api.Reply r = phone.postOrThrow("/api/v1/inspection-records", body, REQUEST_TIMEOUT);
                if (r.status() == 201 || r.status() == 200) {
                    JsonNode answer = r.json();
                    sent.acknowledged(answer.path("recordId").asString(null), r.status() == 200);
                    return;
                }
                last = r.status() + " " + r.body();
                if (r.status() >= 400 && r.status() < 500 && r.status() != 408 && r.status() != 429) {
                    sent.refused(last);
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                sent.gaveUp("interrupted");
                return;
            }
            sleepNanos(TimeUnit.MILLISECONDS.toNanos(backoffMs));
            backoffMs = Math.min(backoffMs * 2, 4_000);
        }
    }

    private String body(Ledger.Sent s) {
        String hazard = s.hazardFound()
                ? ",\"hazard\":{\"description\":\"储罐根部阀法兰渗漏（演练 " + s.clientId().substring(0, 8)
                  + "）\",\"level\":\"GENERAL\",\"hazardType\":\"7\",\"source\":\"1\"}"
                : "";
        return """
                {"clientId":"%s","cycleId":"%s","status":"%s","checkTime":"%s","deviceId":"FAULT-PHONE-%s",
                 "qrToken":"%s","longitude":113.7513,"latitude":34.7227,"remarks":"故障演练"%s}"""
                .formatted(s.clientId(), s.cycleId(), s.hazardFound() ? "HAZARD_FOUND" : "NORMAL", s.checkTime(),
                        s.personId(), plant.unitId(), hazard);
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(Math.max(nanos, 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
