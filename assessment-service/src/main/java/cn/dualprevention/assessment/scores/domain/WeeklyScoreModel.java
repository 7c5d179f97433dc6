package cn.dualprevention.assessment.scores.domain;

import cn.dualprevention.assessment.indicators.domain.IndicatorValues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The regulators' weekly model (effectiveness.md): A = completed ÷ planned task cycles × 50 minus 包保 duties not
 * performed; B = hazards accepted ÷ hazards that needed remediation × 50 minus points when too few hazards are
 * found; α = 0 when a veto item holds. A term with nothing to count (no cycle due, no hazard to remediate) is full.
 */
public final class WeeklyScoreModel {

    private WeeklyScoreModel() {
    }

    public static WeeklyScore score(String enterpriseId, LocalDate weekStart, IndicatorValues week, ScoreRules rules) {
        List<WeeklyScore.Deduction> deductions = new ArrayList<>();
        List<WeeklyScore.Term> terms = new ArrayList<>();

        double aBase = week.taskCompletion().rateOr(1) * 50;
        terms.add(new WeeklyScore.Term("A0", round(aBase), "task cycles with a check " + week.taskCompletion().numerator()
                + " ÷ cycles due " + week.taskCompletion().denominator() + " (stopped units excluded) × 50"));
        long missedDuties = week.guarantorDuties().denominator() - week.guarantorDuties().numerator();
        double aOff = 0;
        if (missedDuties > 0) {
            aOff = Math.min(rules.maxGuarantorDeduction(), missedDuties * rules.perMissedGuarantorDuty());
            List<String> evidence = new ArrayList<>();
            week.guarantors().stream().filter(g -> g.done() < g.due()).forEach(g ->
                    evidence.add(g.personId() + " (" + g.role() + "): " + (g.due() - g.done()) + " of " + g.due()
                            + " not performed " + g.missedCycleIds()));
            deductions.add(new WeeklyScore.Deduction("GUARANTOR_DUTIES_NOT_PERFORMED", "A", round(aOff),
                    missedDuties + " 包保 duty cycle(s) not performed × " + rules.perMissedGuarantorDuty()
                            + " (at most " + rules.maxGuarantorDeduction() + ")", evidence));
        }
        double a = Math.max(0, aBase - aOff);
        terms.add(new WeeklyScore.Term("A", round(a), "A0 − 包保 deductions"));

        double bBase = week.remediation().rateOr(1) * 50;
        terms.add(new WeeklyScore.Term("B0", round(bBase), "hazards accepted " + week.remediation().numerator()
                + " ÷ hazards that needed remediation " + week.remediation().denominator() + " × 50"));
        double bOff = 0;
        long checks = week.hazardsPerChecks().denominator();
        if (checks >= rules.minChecksForDiscovery() && week.hazardsPer100Checks() != null
                && week.hazardsPer100Checks() < rules.minHazardsPer100Checks()) {
            bOff = rules.lowDiscoveryDeduction();
            deductions.add(new WeeklyScore.Deduction("TOO_FEW_HAZARDS_FOUND", "B", round(bOff),
                    week.hazardsPerChecks().numerator() + " hazard(s) in " + checks + " checks = "
                            + week.hazardsPer100Checks() + " per 100 checks, below " + rules.minHazardsPer100Checks(),
                    List.of()));
        }
        double b = Math.max(0, bBase - bOff);
        terms.add(new WeeklyScore.Term("B", round(b), "B0 − discovery deduction"));

        List<WeeklyScore.Veto> vetoes = new ArrayList<>();
        if (rules.vetoMajorHazardOverdue() && !week.overdueMajorHazardIds().isEmpty()) {
            vetoes.add(new WeeklyScore.Veto("MAJOR_HAZARD_OVERDUE", week.overdueMajorHazardIds().size()
                    + " major hazard(s) open past their deadline at the end of the week", week.overdueMajorHazardIds()));
        }
        if (rules.vetoNoData() && week.taskCompletion().denominator() > 0 && checks == 0) {
            vetoes.add(new WeeklyScore.Veto("NO_DATA_UPLOADED", week.taskCompletion().denominator()
                    + " cycle(s) were due and no check was uploaded in the week", List.of()));
        }
        int alpha = vetoes.isEmpty() ? 1 : 0;
        terms.add(new WeeklyScore.Term("alpha", alpha, vetoes.isEmpty() ? "no veto item holds" : "a veto item holds"));
        double e = round((round(a) + round(b)) * alpha);
        terms.add(new WeeklyScore.Term("E", e, "(A + B) × α"));
        return new WeeklyScore(enterpriseId, weekStart, week.from(), week.to(), round(a), round(b), alpha, e,
                rules.grade(e), terms, deductions, vetoes, week);
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
