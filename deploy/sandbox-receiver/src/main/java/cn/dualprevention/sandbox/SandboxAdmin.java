package cn.dualprevention.sandbox;

import cn.dualprevention.sandbox.fault.application.FaultSwitchboard;
import cn.dualprevention.sandbox.fault.domain.FaultState;
import cn.dualprevention.sandbox.hub.application.AsyncReceipts;
import cn.dualprevention.sandbox.hub.application.ProfileRegistry;
import cn.dualprevention.sandbox.hub.domain.ReceiverProfile;

import java.time.Duration;

/** Faults and profiles of a running sandbox, for tests in the same JVM (the Java side of {@code /admin}). */
public final class SandboxAdmin {

    private final FaultSwitchboard faults;
    private final ProfileRegistry profiles;
    private final AsyncReceipts receipts;

    SandboxAdmin(FaultSwitchboard faults, ProfileRegistry profiles, AsyncReceipts receipts) {
        this.faults = faults;
        this.profiles = profiles;
        this.receipts = receipts;
    }

    /** Uploads answer 503 until {@link #up()}. */
    public void down() {
        faults.down(503, null);
    }

    /** Uploads answer {@code status} (e.g. 500) until {@link #up()}. */
    public void down(int status) {
        faults.down(status, null);
    }

    /** The port closes now (connection refused) until {@link #up()}. */
    public void refuseConnections() {
        faults.refuse(null, Duration.ZERO);
    }

    /** The port closes now for {@code time}, then reopens by itself. */
    public void refuseConnections(Duration time) {
        faults.refuse(time, Duration.ZERO);
    }

    public void up() {
        faults.up();
    }

    public void slow(Duration delay) {
        faults.slow(delay);
    }

    /** Every {@code n}th record received from now on is rejected; 0 switches it off. */
    public void rejectEvery(int n) {
        faults.rejectEvery(n);
    }

    /** Every fault off. */
    public void reset() {
        faults.reset();
    }

    public FaultState faults() {
        return faults.state();
    }

    /** Adds or replaces a profile. */
    public void putProfile(ReceiverProfile profile) {
        profiles.put(profile);
    }

    /** Processes every pending asynchronous batch now; returns how many. */
    public int flushReceipts() {
        return receipts.flush();
    }
}
