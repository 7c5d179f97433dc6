package cn.dualprevention.deploy.simulator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Runs jobs on virtual threads, at most {@code limit} at a time: enough side by side to keep up with the accelerated
 * clock, never so many that the suite on a 2-core machine drowns.
 */
public final class Bounded implements AutoCloseable {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore permits;
    private final int limit;

    public Bounded(int limit) {
        this.limit = Math.max(1, limit);
        this.permits = new Semaphore(this.limit);
    }

    public int limit() {
        return limit;
    }

    /** Runs every job, waits for all; the first failure is rethrown after all have ended. */
    public <T> List<T> runAll(Collection<? extends Callable<T>> jobs) {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> job : jobs) {
            futures.add(threads.submit(() -> {
                permits.acquire();
                try {
                    return job.call();
                } finally {
                    permits.release();
                }
            }));
        }
        List<T> results = new ArrayList<>();
        RuntimeException failure = null;
        for (Future<T> f : futures) {
            try {
                results.add(f.get());
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
