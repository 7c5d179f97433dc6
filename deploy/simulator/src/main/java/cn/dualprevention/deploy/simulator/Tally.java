package cn.dualprevention.deploy.simulator;

import java.util.concurrent.atomic.AtomicInteger;

/** What the simulation did, counted as it goes (a snapshot per simulated day, a total at the end). */
public final class Tally {

    final AtomicInteger submitted = new AtomicInteger();
    final AtomicInteger late = new AtomicInteger();
    final AtomicInteger missed = new AtomicInteger();
    final AtomicInteger forShow = new AtomicInteger();
    final AtomicInteger suspended = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger hazardsFound = new AtomicInteger();
    final AtomicInteger hazardsRegistered = new AtomicInteger();
    final AtomicInteger hazardsRemediated = new AtomicInteger();
    final AtomicInteger hazardsLeftOverdue = new AtomicInteger();
    final AtomicInteger unitStops = new AtomicInteger();

    /** The numbers at one moment. */
    public record Snapshot(int submitted, int late, int missed, int forShow, int suspended, int refused, int hazardsFound,
                           int hazardsRegistered, int hazardsRemediated, int hazardsLeftOverdue, int unitStops) {

        public Snapshot minus(Snapshot o) {
            return new Snapshot(submitted - o.submitted, late - o.late, missed - o.missed, forShow - o.forShow,
                    suspended - o.suspended, refused - o.refused, hazardsFound - o.hazardsFound,
                    hazardsRegistered - o.hazardsRegistered, hazardsRemediated - o.hazardsRemediated,
                    hazardsLeftOverdue - o.hazardsLeftOverdue, unitStops - o.unitStops);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(submitted.get(), late.get(), missed.get(), forShow.get(), suspended.get(), refused.get(),
                hazardsFound.get(), hazardsRegistered.get(), hazardsRemediated.get(), hazardsLeftOverdue.get(),
                unitStops.get());
    }
}
