package cn.dualprevention.platform.outbox;

import cn.dualprevention.platform.audit.AuditEntry;
import cn.dualprevention.platform.audit.AuditTrail;

import cn.dualprevention.platform.scheduling.ClusterLock;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Finds outbox messages that no hint points to any more — left by a crash between write and publish,
 * by another instance that died, or by a hint queue overflow — and hands them to the relay. Runs at
 * start-up and then periodically, under a cluster lock so that only one instance sweeps at a time.
 */
public class OutboxSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final ClusterLock lock;
    private final Duration interval;
    private ScheduledExecutorService scheduler;
    private volatile boolean running;
    private long lastSweep;

    private final AuditTrail audit;

    public OutboxSweeper(MongoTemplate mongo, OutboxRelay relay, AuditTrail audit, ClusterLock lock, Duration interval) {
        this.mongo = mongo;
        this.audit = audit;
        this.relay = relay;
        this.lock = lock;
        this.interval = interval;
    }

    @Override
    public void start() {
        running = true;
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-sweeper").daemon(true).factory());
        scheduler.scheduleWithFixedDelay(this::sweepSafely, 0, 1, TimeUnit.SECONDS);
    }

    private void sweepSafely() {
        long now = System.nanoTime();
        boolean due = lastSweep == 0 || now - lastSweep >= interval.toNanos();
        if (!due && !relay.takeOverflow()) {
            return;
        }
        lastSweep = now;
        try {
            lock.runExclusively("outbox-sweep", interval.multipliedBy(2), this::sweep);
        } catch (RuntimeException e) {
            log.warn("outbox sweep failed: {}", e.toString());
        }
    }

    /** Hands every document with pending outbox messages to the relay; returns how many it found. */
    public int sweep() {
        int found = 0;
        for (String collection : mongo.getCollectionNames()) {
            if (collection.startsWith("system.") || collection.equalsIgnoreCase("shedlock") || collection.equals("inbox")
                    || collection.equals(AuditEntry.COLLECTION)) {
                continue;
            }
            Query query = Query.query(Criteria.where(AggregateStore.OUTBOX_FIELD + ".0").exists(true));
            query.fields().include("_id");
            for (Document doc : mongo.find(query, Document.class, collection)) {
                relay.notifyPending(collection, doc.get("_id"));
                found++;
            }
        }
        if (found > 0) {
            log.info("outbox sweep found {} document(s) with unpublished messages", found);
        }
        int audited = audit.sweep();
        if (audited > 0) {
            log.info("outbox sweep moved the pending audit entries of {} document(s)", audited);
        }
        return found;
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 900;
    }
}
