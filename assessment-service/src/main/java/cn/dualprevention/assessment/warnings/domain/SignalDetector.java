package cn.dualprevention.assessment.warnings.domain;

import cn.dualprevention.assessment.facts.domain.Facts;
import cn.dualprevention.assessment.indicators.domain.IndicatorCalculator;
import cn.dualprevention.assessment.indicators.domain.Ratio;
import cn.dualprevention.assessment.indicators.domain.Scope;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the warning signs of one enterprise in its facts over [{@code from}, {@code now}): overdue major hazards,
 * missed checks piling up, low completion and the signs of inspection "for show" (只建不用, 两张皮).
 */
public final class SignalDetector {

    private SignalDetector() {
    }

    public static List<Signal> detect(Facts facts, String enterpriseId, Instant from, Instant now, WarningRules rules) {
        List<Signal> signals = new ArrayList<>();
        List<Facts.Check> checks = facts.checks().stream()
                .filter(c -> enterpriseId.equals(c.enterpriseId()) && c.inspected() && c.checkTime() != null
                        && !c.checkTime().isBefore(from) && c.checkTime().isBefore(now))
                .sorted(Comparator.comparing(Facts.Check::checkTime).thenComparing(Facts.Check::recordId))
                .toList();
        majorHazardsOverdue(facts, enterpriseId, now, signals);
        IndicatorCalculator.CycleOutcomes outcomes = IndicatorCalculator.CycleOutcomes.of(facts,
                new Scope(Scope.Kind.ENTERPRISE, enterpriseId).select(facts), from, now);
        missedInARow(outcomes, enterpriseId, rules, signals);
        completionLow(outcomes, enterpriseId, rules, signals);
        Map<String, List<Facts.Check>> byPerson = checks.stream().filter(c -> c.personId() != null)
                .collect(Collectors.groupingBy(Facts.Check::personId, TreeMap::new, Collectors.toList()));
        byPerson.forEach((person, list) -> {
            fastChecks(enterpriseId, person, list, rules, signals);
            endOfWindowBurst(facts, enterpriseId, person, list, rules, signals);
            locationFar(enterpriseId, person, list, rules, signals);
        });
        samePhoto(enterpriseId, checks, signals);
        zeroHazards(enterpriseId, checks, rules, signals);
        return signals;
    }

    private static void majorHazardsOverdue(Facts facts, String enterpriseId, Instant now, List<Signal> signals) {
        facts.hazards().stream().filter(h -> enterpriseId.equals(h.enterpriseId()) && h.major() && h.overdueAt(now))
                .sorted(Comparator.comparing(Facts.Hazard::hazardId))
                .forEach(h -> signals.add(new Signal(SignalKind.MAJOR_HAZARD_OVERDUE, enterpriseId, "HAZARD", h.hazardId(),
                        "major hazard " + h.hazardId() + " open past its deadline " + h.deadline() + " ("
                                + Duration.between(h.deadline(), now).toDays() + " days)",
                        List.of(new Signal.Evidence("hazard", h.hazardId(), "state " + h.state() + ", deadline " + h.deadline())))));
    }

    private static void missedInARow(IndicatorCalculator.CycleOutcomes outcomes, String enterpriseId, WarningRules rules,
                                     List<Signal> signals) {
        Map<String, List<IndicatorCalculator.CycleOutcomes.Outcome>> byUnit = outcomes.outcomes().stream()
                .filter(o -> !o.suspended())
                .collect(Collectors.groupingBy(o -> o.cycle().unitId(), TreeMap::new, Collectors.toList()));
        byUnit.forEach((unit, list) -> {
            list.sort(Comparator.comparing((IndicatorCalculator.CycleOutcomes.Outcome o) -> o.cycle().windowEnd())
                    .thenComparing(o -> o.cycle().cycleId()));
            List<Signal.Evidence> run = new ArrayList<>();
            for (int i = list.size() - 1; i >= 0 && list.get(i).missed(); i--) {
                var cycle = list.get(i).cycle();
                run.add(0, new Signal.Evidence("cycle", cycle.cycleId(), "task " + cycle.taskId() + " window ended "
                        + cycle.windowEnd() + " without a check"));
            }
            if (run.size() >= rules.missedInARow()) {
                signals.add(new Signal(SignalKind.MISSED_CHECKS_IN_A_ROW, enterpriseId, "UNIT", unit,
                        "unit " + unit + ": the last " + run.size() + " due checks were all missed", run));
            }
        });
    }

    private static void completionLow(IndicatorCalculator.CycleOutcomes outcomes, String enterpriseId, WarningRules rules,
                                      List<Signal> signals) {
        Ratio completion = new Ratio(outcomes.done(), outcomes.due());
        if (outcomes.due() >= rules.minDueForCompletion() && completion.rateOr(1) < rules.minCompletionRate()) {
            List<Signal.Evidence> missed = outcomes.outcomes().stream().filter(IndicatorCalculator.CycleOutcomes.Outcome::missed)
                    .map(o -> new Signal.Evidence("cycle", o.cycle().cycleId(), "missed, unit " + o.cycle().unitId()))
                    .toList();
            signals.add(new Signal(SignalKind.TASK_COMPLETION_LOW, enterpriseId, "ENTERPRISE", enterpriseId,
                    "task completion " + completion.numerator() + "/" + completion.denominator() + " = "
                            + completion.rate() + ", below " + rules.minCompletionRate(), missed));
        }
    }

    private static void fastChecks(String enterpriseId, String person, List<Facts.Check> list, WarningRules rules,
                                   List<Signal> signals) {
        List<Signal.Evidence> evidence = new ArrayList<>();
        int pairs = 0;
        for (int i = 1; i < list.size(); i++) {
            Facts.Check before = list.get(i - 1);
            Facts.Check after = list.get(i);
            Duration gap = Duration.between(before.checkTime(), after.checkTime());
            if (gap.compareTo(rules.fastGap()) < 0 && !java.util.Objects.equals(before.cycleId(), after.cycleId())) {
                pairs++;
                evidence.add(new Signal.Evidence("record", after.recordId(), gap.toSeconds() + " s after record "
                        + before.recordId() + " (unit " + before.unitId() + " → " + after.unitId() + ")"));
            }
        }
        if (pairs >= rules.minFastPairs()) {
            signals.add(new Signal(SignalKind.FAST_CHECKS, enterpriseId, "PERSON", person, pairs
                    + " checks of " + person + " came less than " + rules.fastGap().toSeconds() + " s after the one before",
                    evidence));
        }
    }

    private static void endOfWindowBurst(Facts facts, String enterpriseId, String person, List<Facts.Check> list,
                                         WarningRules rules, List<Signal> signals) {
        Map<String, Facts.Cycle> cycles = facts.cycles().stream()
                .collect(Collectors.toMap(Facts.Cycle::cycleId, Function.identity(), (a, b) -> a));
        List<Facts.Check> atEnd = new ArrayList<>();
        for (Facts.Check check : list) {
            Facts.Cycle cycle = cycles.get(check.cycleId());
            if (cycle == null || cycle.windowStart() == null || cycle.windowEnd() == null) {
                continue;
            }
            long window = Duration.between(cycle.windowStart(), cycle.windowEnd()).toSeconds();
            long left = Duration.between(check.checkTime(), cycle.windowEnd()).toSeconds();
            if (left >= 0 && left <= window * rules.tailShare()) {
                atEnd.add(check);
            }
        }
        int bestStart = 0;
        int bestSize = 0;
        for (int i = 0, j = 0; j < atEnd.size(); j++) {
            while (Duration.between(atEnd.get(i).checkTime(), atEnd.get(j).checkTime()).compareTo(rules.burstSpan()) > 0) {
                i++;
            }
            if (j - i + 1 > bestSize) {
                bestSize = j - i + 1;
                bestStart = i;
            }
        }
        if (bestSize >= rules.minBurst()) {
            List<Signal.Evidence> evidence = atEnd.subList(bestStart, bestStart + bestSize).stream()
                    .map(c -> new Signal.Evidence("record", c.recordId(), "cycle " + c.cycleId() + " closed at "
                            + c.checkTime() + ", " + Duration.between(c.checkTime(), cycles.get(c.cycleId()).windowEnd()).toMinutes()
                            + " min before its window ended"))
                    .toList();
            signals.add(new Signal(SignalKind.END_OF_WINDOW_BURST, enterpriseId, "PERSON", person, bestSize
                    + " cycles of " + person + " closed within " + rules.burstSpan().toMinutes()
                    + " min at the end of their windows", evidence));
        }
    }

    private static void locationFar(String enterpriseId, String person, List<Facts.Check> list, WarningRules rules,
                                    List<Signal> signals) {
        List<Signal.Evidence> far = list.stream()
                .filter(c -> c.distanceMeters() != null ? c.distanceMeters() > rules.maxDistanceMeters() : c.locationMismatch())
                .map(c -> new Signal.Evidence("record", c.recordId(), c.distanceMeters() != null
                        ? "checked in " + Math.round(c.distanceMeters()) + " m from unit " + c.unitId()
                        : "check-in location does not match unit " + c.unitId()))
                .toList();
        if (far.size() >= rules.minFarCheckIns()) {
            signals.add(new Signal(SignalKind.LOCATION_FAR, enterpriseId, "PERSON", person, far.size()
                    + " check-ins of " + person + " far from their unit (more than " + rules.maxDistanceMeters() + " m)", far));
        }
    }

    private static void samePhoto(String enterpriseId, List<Facts.Check> checks, List<Signal> signals) {
        Map<String, Set<Facts.Check>> byPhoto = new LinkedHashMap<>();
        for (Facts.Check check : checks) {
            List<String> keys = !check.photoHashes().isEmpty() ? check.photoHashes().stream().map(h -> "sha256:" + h).toList()
                    : check.photoIds().stream().map(id -> "id:" + id).toList();
            for (String key : keys) {
                byPhoto.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(check);
            }
        }
        byPhoto.forEach((photo, records) -> {
            if (records.size() >= 2) {
                signals.add(new Signal(SignalKind.SAME_PHOTO, enterpriseId, "PHOTO", photo, "the same photo ("
                        + (photo.startsWith("sha256:") ? "same content" : "same photo id") + ") on " + records.size()
                        + " different records",
                        records.stream().map(c -> new Signal.Evidence("record", c.recordId(), "by " + c.personId()
                                + " at " + c.checkTime() + " on unit " + c.unitId())).toList()));
            }
        });
    }

    private static void zeroHazards(String enterpriseId, List<Facts.Check> checks, WarningRules rules, List<Signal> signals) {
        if (checks.size() >= rules.minChecksWithoutHazard() && checks.stream().noneMatch(Facts.Check::hazardFound)) {
            Map<String, Long> perPerson = checks.stream().collect(Collectors.groupingBy(
                    c -> String.valueOf(c.personId()), TreeMap::new, Collectors.counting()));
            signals.add(new Signal(SignalKind.ZERO_HAZARDS, enterpriseId, "ENTERPRISE", enterpriseId, checks.size()
                    + " checks and not one hazard found",
                    perPerson.entrySet().stream().map(e -> new Signal.Evidence("person", e.getKey(), e.getValue()
                            + " checks, 0 hazards")).toList()));
        }
    }
}
