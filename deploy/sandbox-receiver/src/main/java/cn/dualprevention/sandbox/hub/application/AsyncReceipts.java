package cn.dualprevention.sandbox.hub.application;

import cn.dualprevention.sandbox.hub.domain.Account;
import cn.dualprevention.sandbox.hub.domain.BatchIntake;
import cn.dualprevention.sandbox.hub.domain.BatchOutcome;
import cn.dualprevention.sandbox.hub.domain.ReceiverProfile;
import cn.dualprevention.sandbox.hub.domain.RecordFault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asynchronous acknowledgement (异步回执): batches wait {@code receiptDelayMs}, are then processed in arrival order,
 * and their results become fetchable and are pushed to the profile's receipt URL.
 */
public final class AsyncReceipts implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AsyncReceipts.class);

    private record Pending(Batch batch, ReceiverProfile profile, Account account) {
    }

    private final BatchIntake intake;
    private final RecordFault fault;
    private final ReceiptSender sender;
    private final Clock clock;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-async-receipts");
        t.setDaemon(true);
        return t;
    });

    public AsyncReceipts(BatchIntake intake, RecordFault fault, ReceiptSender sender, Clock clock) {
        this.intake = intake;
        this.fault = fault;
        this.sender = sender;
        this.clock = clock;
        timer.scheduleWithFixedDelay(this::processDue, 20, 20, TimeUnit.MILLISECONDS);
    }

    synchronized void enqueue(Batch batch, ReceiverProfile profile, Account account) {
        pending.addLast(new Pending(batch, profile, account));
    }

    /** Processes every pending batch now; returns how many. */
    public synchronized int flush() {
        int n = 0;
        while (!pending.isEmpty()) {
            process(pending.removeFirst());
            n++;
        }
        return n;
    }

    public synchronized int pendingCount() {
        return pending.size();
    }

    private synchronized void processDue() {
        try {
            while (!pending.isEmpty() && !pending.peekFirst().batch().dueAt().isAfter(clock.instant())) {
                process(pending.removeFirst());
            }
        } catch (RuntimeException e) {
            // keep the timer alive; the batch that failed is lost only on a bug, which the tests would show
            LOG.error("processing an asynchronous batch failed", e);
        }
    }

    private void process(Pending p) {
        Batch b = p.batch();
        BatchOutcome outcome = intake.receive(p.profile(), p.account(), b.type(), b.records(), b.batchId(), fault,
                clock.instant());
        b.done(outcome);
        if (p.profile().receiptUrl() != null) {
            sender.send(p.profile().receiptUrl(), p.profile().receiptUser(), p.profile().receiptPassword(),
                    new ReceiptPush(b.batchId(), b.profile(), b.type().code(),
                            outcome.results().stream().map(ResultView::of).toList()));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
