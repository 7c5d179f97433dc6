package cn.dualprevention.assessment.facts.application;

import cn.dualprevention.assessment.facts.infrastructure.FactRebuild;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.errors.RuleViolationException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** 重建 — starts a full rebuild of the read models from the event history and reports its progress. */
@Service
public class Rebuilds {

    private final FactRebuild rebuild;
    private final Clock clock;
    private final Map<Integer, Status> statuses = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fact-rebuild");
        t.setDaemon(true);
        return t;
    });

    Rebuilds(FactRebuild rebuild, Clock clock) {
        this.rebuild = rebuild;
        this.clock = clock;
    }

    /** A rebuild's state: RUNNING, DONE (with the number of events replayed) or FAILED (with the reason). */
    public record Status(int generation, String state, Instant startedAt, Long events, Long millis, String error) {
    }

    public Status start() {
        int generation = rebuild.claim().orElseThrow(() ->
                new RuleViolationException("rebuild-running", "a rebuild of the read models is already running"));
        Instant started = clock.instant();
        Status running = new Status(generation, "RUNNING", started, null, null, null);
        statuses.put(generation, running);
        runner.submit(() -> {
            long t0 = System.nanoTime();
            try {
                long events = rebuild.run(generation);
                statuses.put(generation, new Status(generation, "DONE", started, events,
                        Duration.ofNanos(System.nanoTime() - t0).toMillis(), null));
            } catch (RuntimeException e) {
                statuses.put(generation, new Status(generation, "FAILED", started, null, null, e.getMessage()));
            }
        });
        return running;
    }

    /** Runs a rebuild in the calling thread (benchmarks and tools). */
    public Status runNow() {
        int generation = rebuild.claim().orElseThrow(() ->
                new RuleViolationException("rebuild-running", "a rebuild of the read models is already running"));
        long t0 = System.nanoTime();
        long events = rebuild.run(generation);
        Status done = new Status(generation, "DONE", clock.instant(), events, Duration.ofNanos(System.nanoTime() - t0).toMillis(), null);
        statuses.put(generation, done);
        return done;
    }

    public Status status(int generation) {
        Status status = statuses.get(generation);
        if (status == null) {
            throw new NotFoundException("rebuild", String.valueOf(generation));
        }
        return status;
    }
}
