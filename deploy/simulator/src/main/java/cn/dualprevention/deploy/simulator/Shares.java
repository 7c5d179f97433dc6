package cn.dualprevention.deploy.simulator;

/**
 * How plant life goes, as shares of the cycles due: left undone (missed), checked late, a hazard found among the
 * checks done, a major one among the hazards, a photo taken on a normal check; and of the hazards found: fixed on
 * the spot, and left to run past their deadline.
 */
public record Shares(double missed, double late, double hazard, double majorHazard, double photo, double fixOnTheSpot,
                     double leftOverdue) {

    public Shares {
        for (double d : new double[]{missed, late, hazard, majorHazard, photo, fixOnTheSpot, leftOverdue}) {
            if (d < 0 || d > 1) {
                throw new IllegalArgumentException("a share is between 0 and 1: " + d);
            }
        }
        if (missed + late > 1 || fixOnTheSpot + leftOverdue > 1) {
            throw new IllegalArgumentException("shares add up to more than 1");
        }
    }

    /** 4 % missed, 6 % late, 2 % of checks find a hazard (1 in 10 major), 20 % with a photo; 30 % fixed on the spot, 15 % overdue. */
    public static Shares defaults() {
        return new Shares(0.04, 0.06, 0.02, 0.1, 0.2, 0.3, 0.15);
    }
}
