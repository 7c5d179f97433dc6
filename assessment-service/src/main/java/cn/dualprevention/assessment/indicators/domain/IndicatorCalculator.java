package cn.dualprevention.assessment.indicators.domain;

import cn.dualprevention.assessment.facts.domain.Facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Computes {@link IndicatorValues} from facts; one pure function, shared by the API, scores, rankings and the form. */
public final class IndicatorCalculator {

    private IndicatorCalculator() {
    }

    public static IndicatorValues compute(Facts facts, Scope scope, Instant from, Instant to, Instant asOf) {
        Instant end = asOf.isBefore(to) ? asOf : to;
        Scope.Selection in = scope.select(facts);
        CycleOutcomes outcomes = CycleOutcomes.of(facts, in, from, end);

        List<Facts.Check> checks = facts.checks().stream()
                .filter(in::check).filter(Facts.Check::inspected)
                .filter(c -> c.checkTime() != null && !c.checkTime().isBefore(from) && c.checkTime().isBefore(end))
                .toList();
        long found = checks.stream().filter(Facts.Check::hazardFound).count();
        Ratio perChecks = new Ratio(found, checks.size());
        Double per100 = checks.isEmpty() ? null : Ratio.round(found, checks.size(), 100);

        List<Facts.Hazard> hazards = facts.hazards().stream().filter(in::hazard).toList();
        List<Facts.Hazard> cohort = hazards.stream().filter(Facts.Hazard::needsRemediation)
                .filter(h -> h.registTime() != null && !h.registTime().isBefore(from) && h.registTime().isBefore(end))
                .toList();
        List<Facts.Hazard> accepted = cohort.stream().filter(h -> h.acceptedBefore(end)).toList();
        long onTime = accepted.stream().filter(Facts.Hazard::acceptedOnTime).count();
        long extended = cohort.stream().filter(Facts.Hazard::extended).count();
        Map<String, Long> overdue = new TreeMap<>(Map.of("MAJOR", 0L, "GENERAL", 0L));
        List<String> overdueMajor = new ArrayList<>();
        for (Facts.Hazard h : hazards) {
            if (h.overdueAt(end)) {
                overdue.merge(h.level() == null ? "GENERAL" : h.level(), 1L, Long::sum);
                if (h.major()) {
                    overdueMajor.add(h.hazardId());
                }
            }
        }
        overdueMajor.sort(Comparator.naturalOrder());

        Set<String> withTasks = outcomes.assignees();
        Set<String> active = new HashSet<>();
        checks.forEach(c -> active.add(c.personId()));
        hazards.stream().filter(h -> h.registTime() != null && !h.registTime().isBefore(from) && h.registTime().isBefore(end))
                .forEach(h -> active.add(h.registrant()));
        long participating = withTasks.stream().filter(active::contains).count();

        return new IndicatorValues(from, to, riskAnalysis(facts, in), new Ratio(outcomes.done(), outcomes.due()),
                outcomes.due() + outcomes.suspended(), outcomes.suspended(), outcomes.late(), outcomes.missed(),
                new Ratio(outcomes.guarantorDone(), outcomes.guarantorDue()), outcomes.guarantors(),
                new Ratio(accepted.size(), cohort.size()), new Ratio(onTime, accepted.size()), extended, overdue,
                overdueMajor, new Ratio(participating, withTasks.size()), perChecks, per100);
    }

    /** 风险分析完成率 — a state, not a flow: units (not deleted) with an assessed risk event and a control measure. */
    private static Ratio riskAnalysis(Facts facts, Scope.Selection in) {
        Set<String> assessed = facts.riskEvents().stream().filter(e -> e.assessed() && !e.deleted())
                .map(Facts.RiskEvent::unitId).collect(Collectors.toSet());
        Set<String> measured = facts.measures().stream().filter(m -> !m.deleted())
                .map(Facts.Measure::unitId).collect(Collectors.toSet());
        List<Facts.Unit> units = facts.units().stream().filter(u -> !u.deleted()).filter(in::unit).toList();
        long analysed = units.stream().filter(u -> assessed.contains(u.unitId()) && measured.contains(u.unitId())).count();
        return new Ratio(analysed, units.size());
    }

    /**
     * What became of the cycles due in a period (window end in it): suspended (its unit was stopped during the
     * window, or inspection generated it suspended), done (a check recorded for it, possibly late), or missed.
     */
    public record CycleOutcomes(long due, long done, long late, long missed, long suspended, long guarantorDue,
                                long guarantorDone, List<IndicatorValues.GuarantorDuty> guarantors,
                                Set<String> assignees, List<Outcome> outcomes) {

        public record Outcome(Facts.Cycle cycle, boolean suspended, Facts.Check check) {

            public boolean done() {
                return !suspended && check != null;
            }

            public boolean missed() {
                return !suspended && check == null;
            }

            public boolean late() {
                return done() && (check.late() || check.checkTime().isAfter(cycle.windowEnd()));
            }
        }

        public static CycleOutcomes of(Facts facts, Scope.Selection in, Instant from, Instant end) {
            Map<String, Facts.Check> checkOf = new HashMap<>();
            for (Facts.Check c : facts.checks()) {
                if (c.inspected() && c.cycleId() != null && c.checkTime() != null) {
                    checkOf.merge(c.cycleId(), c, (a, b) -> a.checkTime().isBefore(b.checkTime()) ? a : b);
                }
            }
            Map<String, List<Facts.Stop>> stops = facts.stops().stream().collect(Collectors.groupingBy(Facts.Stop::unitId));
            List<Outcome> outcomes = new ArrayList<>();
            long due = 0, done = 0, late = 0, missed = 0, suspended = 0, gDue = 0, gDone = 0;
            Map<String, long[]> perGuarantor = new TreeMap<>();
            Map<String, List<String>> missedOf = new HashMap<>();
            Set<String> assignees = new HashSet<>();
            for (Facts.Cycle cycle : facts.cycles()) {
                if (!in.cycle(cycle) || cycle.windowEnd() == null || !cycle.windowEnd().isAfter(from)
                        || cycle.windowEnd().isAfter(end)) {
                    continue;
                }
                boolean stopped = cycle.suspended() || stops.getOrDefault(cycle.unitId(), List.of()).stream()
                        .anyMatch(s -> s.overlaps(cycle.windowStart() == null ? cycle.windowEnd() : cycle.windowStart(),
                                cycle.windowEnd()));
                Outcome outcome = new Outcome(cycle, stopped, checkOf.get(cycle.cycleId()));
                outcomes.add(outcome);
                if (stopped) {
                    suspended++;
                    continue;
                }
                due++;
                assignees.addAll(cycle.assigneePersonIds());
                if (outcome.done()) {
                    done++;
                    if (outcome.late()) {
                        late++;
                    }
                } else {
                    missed++;
                }
                if (cycle.guarantorDuty()) {
                    gDue++;
                    gDone += outcome.done() ? 1 : 0;
                    for (String person : cycle.assigneePersonIds()) {
                        long[] counts = perGuarantor.computeIfAbsent(person + "|" + cycle.workType(), k -> new long[2]);
                        counts[1]++;
                        if (outcome.done()) {
                            counts[0]++;
                        } else {
                            missedOf.computeIfAbsent(person + "|" + cycle.workType(), k -> new ArrayList<>()).add(cycle.cycleId());
                        }
                    }
                }
            }
            List<IndicatorValues.GuarantorDuty> guarantors = perGuarantor.entrySet().stream().map(e -> {
                String[] key = e.getKey().split("\\|", 2);
                List<String> missedIds = new ArrayList<>(missedOf.getOrDefault(e.getKey(), List.of()));
                missedIds.sort(Comparator.naturalOrder());
                return new IndicatorValues.GuarantorDuty(key[0], key[1], e.getValue()[0], e.getValue()[1], missedIds);
            }).toList();
            return new CycleOutcomes(due, done, late, missed, suspended, gDue, gDone, guarantors, assignees, outcomes);
        }
    }
}
