package cn.dualprevention.platform.scheduling;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import java.time.Clock;
import java.time.Duration;

/**
 * Runs a job on at most one instance at a time (a lease in MongoDB, via ShedLock). Every scheduled
 * job of every service goes through this, so that several instances of a service are safe.
 */
public class ClusterLock {

    private final LockingTaskExecutor executor;
    private final Clock clock;

    public ClusterLock(LockProvider provider, Clock clock) {
        this.executor = new DefaultLockingTaskExecutor(provider);
        this.clock = clock;
    }

    /**
     * Runs {@code job} if no other instance holds the lock {@code name}; otherwise does nothing.
     *
     * @param lockAtMostFor how long a crashed holder keeps the lock before another instance may take it
     * @return true when the job ran here
     */
    public boolean runExclusively(String name, Duration lockAtMostFor, Runnable job) {
        LockingTaskExecutor.TaskResult<Boolean> result;
        try {
            result = executor.executeWithLock(() -> {
                job.run();
                return Boolean.TRUE;
            }, new LockConfiguration(clock.instant(), name, lockAtMostFor, Duration.ZERO));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return result.wasExecuted();
    }
}
