package cn.dualprevention.assessment.scores.domain;

/**
 * The configurable parts of the weekly score (dp.assessment.scoring.*): grade bands, deduction sizes and which
 * veto items apply. Zero / null values take the defaults of effectiveness.md.
 *
 * @param excellentFrom             优 from this score (default 90)
 * @param goodFrom                  良 from this score (default 80)
 * @param fairFrom                  中 from this score (default 60); below is 差
 * @param perMissedGuarantorDuty    points off A for each 包保 duty cycle not performed (default 2)
 * @param maxGuarantorDeduction     at most this much off A for 包保 duties (default 20)
 * @param minHazardsPer100Checks    hazard-discovery rate below which B loses points (default 2 per 100 checks)
 * @param minChecksForDiscovery     the discovery rule applies from this many checks in the week (default 10)
 * @param lowDiscoveryDeduction     points off B when too few hazards are found (default 5)
 * @param vetoMajorHazardOverdue    veto: a major hazard open past its deadline at the end of the week (default on)
 * @param vetoNoData                veto: cycles were due but no check was uploaded in the week (default on)
 */
public record ScoreRules(double excellentFrom, double goodFrom, double fairFrom, double perMissedGuarantorDuty,
                         double maxGuarantorDeduction, double minHazardsPer100Checks, int minChecksForDiscovery,
                         double lowDiscoveryDeduction, Boolean vetoMajorHazardOverdue, Boolean vetoNoData) {

    public ScoreRules {
        excellentFrom = excellentFrom == 0 ? 90 : excellentFrom;
        goodFrom = goodFrom == 0 ? 80 : goodFrom;
        fairFrom = fairFrom == 0 ? 60 : fairFrom;
        perMissedGuarantorDuty = perMissedGuarantorDuty == 0 ? 2 : perMissedGuarantorDuty;
        maxGuarantorDeduction = maxGuarantorDeduction == 0 ? 20 : maxGuarantorDeduction;
        minHazardsPer100Checks = minHazardsPer100Checks == 0 ? 2 : minHazardsPer100Checks;
        minChecksForDiscovery = minChecksForDiscovery == 0 ? 10 : minChecksForDiscovery;
        lowDiscoveryDeduction = lowDiscoveryDeduction == 0 ? 5 : lowDiscoveryDeduction;
        vetoMajorHazardOverdue = vetoMajorHazardOverdue == null || vetoMajorHazardOverdue;
        vetoNoData = vetoNoData == null || vetoNoData;
        if (!(excellentFrom > goodFrom && goodFrom > fairFrom)) {
            throw new IllegalArgumentException("grade bands must fall: excellent > good > fair");
        }
    }

    public static ScoreRules defaults() {
        return new ScoreRules(0, 0, 0, 0, 0, 0, 0, 0, null, null);
    }

    public Grade grade(double score) {
        if (score >= excellentFrom) {
            return Grade.EXCELLENT;
        }
        if (score >= goodFrom) {
            return Grade.GOOD;
        }
        return score >= fairFrom ? Grade.FAIR : Grade.POOR;
    }
}
