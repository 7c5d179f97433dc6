package cn.dualprevention.assessment.evaluation.domain;

import cn.dualprevention.assessment.facts.domain.Facts;
import cn.dualprevention.assessment.indicators.domain.IndicatorCalculator;
import cn.dualprevention.assessment.indicators.domain.Ratio;
import cn.dualprevention.assessment.indicators.domain.Scope;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Fills the computable items of the form from the facts of one enterprise over a period, with their evidence. */
public final class FormCalculator {

    private FormCalculator() {
    }

    public static List<ItemResult> compute(Facts facts, String enterpriseId, Instant from, Instant to, Instant asOf) {
        Instant end = asOf.isBefore(to) ? asOf : to;
        List<Facts.Unit> units = facts.units().stream().filter(u -> !u.deleted() && enterpriseId.equals(u.enterpriseId())).toList();
        List<Facts.RiskEvent> events = facts.riskEvents().stream().filter(e -> !e.deleted()).toList();
        Set<String> withEvents = events.stream().map(Facts.RiskEvent::unitId).collect(Collectors.toSet());
        Set<String> withAssessed = events.stream().filter(Facts.RiskEvent::assessed).map(Facts.RiskEvent::unitId).collect(Collectors.toSet());
        Set<String> withMeasures = facts.measures().stream().filter(m -> !m.deleted()).map(Facts.Measure::unitId).collect(Collectors.toSet());
        var outcomes = IndicatorCalculator.CycleOutcomes.of(facts, new Scope(Scope.Kind.ENTERPRISE, enterpriseId).select(facts), from, end);

        List<ItemResult> results = new ArrayList<>();
        for (FormItem item : HenanForm.ITEMS) {
            if (item.computation() == null) {
                results.add(new ItemResult(item.code(), ItemResult.PENDING, null, List.of(), null, null));
                continue;
            }
            results.add(switch (item.computation()) {
                case RISK_POINTS -> share(item, count(units, withEvents), units.size(), false,
                        "units with at least one risk event", "units");
                case HAZARD_IDENTIFICATION -> share(item, count(units, withAssessed), units.size(), false,
                        "units with an assessed risk event", "units");
                case RISK_GRADING -> share(item, events.stream().filter(Facts.RiskEvent::assessed).count(), events.size(), false,
                        "risk events assessed and graded", "risk events");
                case RISK_CONTROL -> share(item, count(units, withMeasures), units.size(), false,
                        "units with control measures", "units");
                case INSPECTION_DONE -> withIds(share(item, outcomes.done(), outcomes.due(), true,
                        "task cycles with a check", "task cycles due", outcomes.suspended() + " cycles of stopped units excluded, "
                                + outcomes.late() + " checked late"),
                        outcomes.outcomes().stream().filter(IndicatorCalculator.CycleOutcomes.Outcome::missed)
                                .map(o -> "missed cycle " + o.cycle().cycleId()).limit(50).toList());
                case GENERAL_REMEDIATION -> remediation(item, facts, false, from, end);
                case MAJOR_REMEDIATION -> remediation(item, facts, true, from, end);
                case SYSTEM_USE -> systemUse(item, facts, from, end);
            });
        }
        return results;
    }

    /** Veto items the data shows: a major hazard open past its deadline at the end of the period. */
    public static List<FormVeto> vetoes(Facts facts, String enterpriseId, Instant to, Instant asOf) {
        Instant end = asOf.isBefore(to) ? asOf : to;
        return facts.hazards().stream().filter(h -> enterpriseId.equals(h.enterpriseId()) && h.major() && h.overdueAt(end))
                .map(h -> new FormVeto("MAJOR_HAZARD_OVERDUE", "重大事故隐患 " + h.hazardId() + " 超期未整改 (deadline "
                        + h.deadline() + ")", "SYSTEM")).toList();
    }

    private static long count(List<Facts.Unit> units, Set<String> having) {
        return units.stream().filter(u -> having.contains(u.unitId())).count();
    }

    private static ItemResult share(FormItem item, long numerator, long denominator, boolean fullWhenEmpty, String what, String of) {
        return share(item, numerator, denominator, fullWhenEmpty, what, of, null);
    }

    private static ItemResult share(FormItem item, long numerator, long denominator, boolean fullWhenEmpty, String what, String of,
                                    String detail) {
        Ratio ratio = new Ratio(numerator, denominator);
        double rate = ratio.rateOr(fullWhenEmpty ? 1 : 0);
        double score = BigDecimal.valueOf(rate * item.points()).setScale(2, RoundingMode.HALF_UP).doubleValue();
        return new ItemResult(item.code(), ItemResult.COMPUTED, score,
                List.of(what + " " + numerator + " ÷ " + of + " " + denominator + " = " + (ratio.rate() == null ? "—" : ratio.rate())
                        + " × " + item.points() + " = " + score + (detail == null ? "" : " (" + detail + ")")), null, "system");
    }

    private static ItemResult withIds(ItemResult result, List<String> ids) {
        List<String> evidence = new ArrayList<>(result.evidence());
        evidence.addAll(ids);
        return new ItemResult(result.code(), result.status(), result.score(), evidence, result.note(), result.assessor());
    }

    private static ItemResult remediation(FormItem item, Facts facts, boolean major, Instant from, Instant end) {
        List<Facts.Hazard> cohort = facts.hazards().stream().filter(h -> h.major() == major && h.needsRemediation()
                && h.registTime() != null && !h.registTime().isBefore(from) && h.registTime().isBefore(end)).toList();
        List<Facts.Hazard> accepted = cohort.stream().filter(h -> h.acceptedBefore(end)).toList();
        long onTime = accepted.stream().filter(Facts.Hazard::acceptedOnTime).count();
        ItemResult result = share(item, accepted.size(), cohort.size(), true, (major ? "major" : "general")
                + " hazards accepted", "needing remediation", onTime + " accepted by their deadline");
        return withIds(result, cohort.stream().filter(h -> !h.acceptedBefore(end)).map(h -> "open hazard " + h.hazardId()).limit(50).toList());
    }

    private static ItemResult systemUse(FormItem item, Facts facts, Instant from, Instant end) {
        long weeks = Math.max(1, (Duration.between(from, end).toDays() + 6) / 7);
        Set<Long> used = new HashSet<>();
        for (Facts.Check c : facts.checks()) {
            if (c.inspected() && c.checkTime() != null && !c.checkTime().isBefore(from) && c.checkTime().isBefore(end)) {
                used.add(ChronoUnit.DAYS.between(from, c.checkTime()) / 7);
            }
        }
        return share(item, used.size(), weeks, false, "weeks with checks uploaded", "weeks");
    }
}
