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
 * Leases are measured in real time, never in the application's (possibly simulated) business clock:
 * the lock store compares them with its own wall clock.
 */
public class ClusterLock {

    private final LockingTaskExecutor executor;
    private final Clock wallClock;

    public ClusterLock(LockProvider provider) {
        this(provider, Clock.systemUTC());
    }

    /** For tests of the lock itself; applications use {@link #ClusterLock(LockProvider)}. */
    ClusterLock(LockProvider provider, Clock wallClock) {
        this.executor = new DefaultLockingTaskExecutor(provider);
        this.wallClock = wallClock;
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
            }, new LockConfiguration(wallClock.instant(), name, lockAtMostFor, Duration.ZERO));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return result.wasExecuted();
    }
}
