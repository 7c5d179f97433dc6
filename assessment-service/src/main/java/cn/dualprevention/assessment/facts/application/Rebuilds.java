package cn.dualprevention.assessment.facts.application;

import cn.dualprevention.assessment.facts.infrastructure.FactRebuild;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.errors.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * 重建 — rebuilds the read models from the event history and reports its progress. A group's administrator
 * rebuilds the facts of its own group only ({@link #start(String)}): the other groups' facts are carried over
 * unchanged, and the progress of a rebuild is visible to its own group only. A rebuild of every group
 * ({@link #startEveryGroup()}, {@link #runNow()}) is an operator's tool, not offered to tenants.
 */
@Service
public class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

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

    /**
     * A rebuild's state: RUNNING, DONE (with the number of events replayed) or FAILED (with the reason).
     *
     * @param groupId the group whose facts were rebuilt from the topics; null when every group's were
     */
    public record Status(int generation, String groupId, String state, Instant startedAt, Long events, Long millis,
                         String error) {
    }

    /** Starts rebuilding {@code groupId}'s facts in the background (409 {@code rebuild-running} while another runs). */
    public Status start(String groupId) {
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("a rebuild started through the API names its group");
        }
        return launch(groupId);
    }

    /**
     * Starts rebuilding every group's facts in the background: the operator's path ({@link RebuildEveryGroupOnStart}),
     * never offered through the API; its progress is logged and {@link #status} of no group shows it.
     */
    public Status startEveryGroup() {
        return launch(null);
    }

    private Status launch(String groupId) {
        int generation = rebuild.claim().orElseThrow(() ->
                new RuleViolationException("rebuild-running", "a rebuild of the read models is already running"));
        Instant started = clock.instant();
        Status running = new Status(generation, groupId, "RUNNING", started, null, null, null);
        statuses.put(generation, running);
        runner.submit(() -> {
            long t0 = System.nanoTime();
            try {
                long events = rebuild.run(generation, groupId);
                statuses.put(generation, new Status(generation, groupId, "DONE", started, events,
                        Duration.ofNanos(System.nanoTime() - t0).toMillis(), null));
            } catch (RuntimeException e) {
                log.warn("rebuild of generation {} ({}) failed", generation, groupId == null ? "every group" : "group " + groupId, e);
                statuses.put(generation, new Status(generation, groupId, "FAILED", started, null, null, e.getMessage()));
            }
        });
        return running;
    }

    /** Runs a rebuild of every group's facts in the calling thread (benchmarks and operator tools). */
    public Status runNow() {
        int generation = rebuild.claim().orElseThrow(() ->
                new RuleViolationException("rebuild-running", "a rebuild of the read models is already running"));
        long t0 = System.nanoTime();
        long events = rebuild.run(generation);
        Status done = new Status(generation, null, "DONE", clock.instant(), events, Duration.ofNanos(System.nanoTime() - t0).toMillis(), null);
        statuses.put(generation, done);
        return done;
    }

    /** The progress of a rebuild of {@code groupId}'s facts; another group's rebuild (or an operator's) is not found. */
    public Status status(int generation, String groupId) {
        Status status = statuses.get(generation);
        if (status == null || status.groupId() == null || !status.groupId().equals(groupId)) {
            throw new NotFoundException("rebuild", String.valueOf(generation));
        }
        return status;
    }
}
