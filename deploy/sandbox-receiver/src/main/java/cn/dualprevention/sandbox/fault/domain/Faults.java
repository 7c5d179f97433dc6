package cn.dualprevention.sandbox.fault.domain;

import cn.dualprevention.sandbox.hub.domain.InvalidSettingException;
import cn.dualprevention.sandbox.hub.domain.RecordFault;

import java.time.Instant;
import java.util.Optional;

/** The switchable faults of the sandbox (故障注入): down, slow, reject every Nth record. */
public final class Faults implements RecordFault {

    private Down down;
    private long slowMs;
    private int rejectEvery;
    private long recordsSinceSwitch;

    public synchronized void down(Down down) {
        this.down = down;
    }

    public synchronized void up() {
        this.down = null;
    }

    public synchronized void slow(long delayMs) {
        if (delayMs < 0 || delayMs > 600_000) {
            throw new InvalidSettingException("delayMs", "range", "0–600000");
        }
        this.slowMs = delayMs;
    }

    /** From now on every {@code n}th record received is rejected; 0 switches it off. */
    public synchronized void rejectEvery(int n) {
        if (n < 0) {
            throw new InvalidSettingException("n", "range", "0 (off) or more");
        }
        this.rejectEvery = n;
        this.recordsSinceSwitch = 0;
    }

    public synchronized void reset() {
        down = null;
        slowMs = 0;
        rejectEvery = 0;
        recordsSinceSwitch = 0;
    }

    /** The down fault in force at {@code now}; an expired one is switched off. */
    public synchronized Optional<Down> downAt(Instant now) {
        if (down != null && !down.activeAt(now)) {
            down = null;
        }
        return Optional.ofNullable(down);
    }

    public synchronized long slowMs() {
        return slowMs;
    }

    public synchronized FaultState state(Instant now) {
        return new FaultState(downAt(now).orElse(null), slowMs, rejectEvery);
    }

    @Override
    public synchronized Optional<String> rejectThis() {
        if (rejectEvery <= 0) {
            return Optional.empty();
        }
        recordsSinceSwitch++;
        if (recordsSinceSwitch % rejectEvery != 0) {
            return Optional.empty();
        }
        return Optional.of("sandbox fault: every " + rejectEvery + ". record is rejected (this is record "
                + recordsSinceSwitch + " since the fault was switched on)");
    }
}
