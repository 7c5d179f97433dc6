package cn.dualprevention.deploy.simulator;

import java.time.Instant;

/**
 * What will happen to one cycle: who does it, how, when ({@code checkTime}, simulated), and the evidence: the QR
 * code scanned or not, how far from the unit the phone's GPS says the inspector stood, a photo (or the one photo a
 * "for show" inspector puts on every record).
 */
public record PlannedCheck(Cycle cycle, String personId, Outcome outcome, Instant checkTime, String hazardLevel,
                           CheckPlanner.Finding finding, double metersFromUnit, boolean qrScanned, boolean photo,
                           boolean samePhotoEveryTime) {

    /** Whether a record will be sent. */
    public boolean submits() {
        return outcome != Outcome.MISSED && outcome != Outcome.NOT_YET;
    }
}
