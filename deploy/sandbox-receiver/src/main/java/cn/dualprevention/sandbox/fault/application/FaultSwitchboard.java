package cn.dualprevention.sandbox.fault.application;

import cn.dualprevention.sandbox.fault.domain.Down;
import cn.dualprevention.sandbox.fault.domain.DownMode;
import cn.dualprevention.sandbox.fault.domain.FaultState;
import cn.dualprevention.sandbox.fault.domain.Faults;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Switches the faults on and off; "down, refused" closes the port and reopens it when the time is up. */
public final class FaultSwitchboard implements AutoCloseable {

    private final Faults faults;
    private final PortSwitch port;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-faults");
        t.setDaemon(true);
        return t;
    });
    private long generation;

    public FaultSwitchboard(Faults faults, PortSwitch port, Clock clock) {
        this.faults = faults;
        this.port = port;
        this.clock = clock;
    }

    /** Uploads answer {@code status} (503, 500, ...) until {@link #up()} or, when given, for {@code time}. */
    public synchronized void down(int status, Duration time) {
        faults.down(new Down(DownMode.STATUS, status, until(time)));
        long g = ++generation;
        port.open();
        if (time != null) {
            timer.schedule(() -> upIf(g), time.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Connection refused until {@link #up()} or, when given, for {@code time}; the port closes after
     * {@code closeAfter} (so that an HTTP request switching it on still gets its answer).
     */
    public synchronized void refuse(Duration time, Duration closeAfter) {
        faults.down(new Down(DownMode.REFUSE, 503, until(time == null ? null : closeAfter.plus(time))));
        long g = ++generation;
        if (closeAfter.isZero()) {
            port.close();
        } else {
            timer.schedule(() -> closeIf(g), closeAfter.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (time != null) {
            timer.schedule(() -> upIf(g), closeAfter.plus(time).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public synchronized void up() {
        generation++;
        faults.up();
        port.open();
    }

    public void slow(Duration delay) {
        faults.slow(delay.toMillis());
    }

    public void rejectEvery(int n) {
        faults.rejectEvery(n);
    }

    /** Every fault off (and the port open). */
    public synchronized void reset() {
        generation++;
        faults.reset();
        port.open();
    }

    public FaultState state() {
        return faults.state(clock.instant());
    }

    private Instant until(Duration time) {
        return time == null ? null : clock.instant().plus(time);
    }

    private synchronized void closeIf(long g) {
        if (g == generation) {
            port.close();
        }
    }

    private synchronized void upIf(long g) {
        if (g == generation) {
            up();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
