package cn.dualprevention.assessment.points.domain;

import cn.dualprevention.assessment.facts.domain.Facts;
import cn.dualprevention.assessment.indicators.domain.IndicatorCalculator;
import cn.dualprevention.assessment.indicators.domain.Scope;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** 考核奖惩 — reward and penalty points per person and department over a period, each count shown. */
public final class PersonPoints {

    private PersonPoints() {
    }

    /** One person's counts and points. */
    public record Line(String personId, String name, String departmentId, long onTimeChecks, long lateChecks,
                       long missedChecks, long hazardsConfirmed, long remediationsOnTime, long remediationsLate,
                       double points) {
    }

    /** A department's sum. */
    public record DepartmentLine(String departmentId, long people, double points) {
    }

    public record Sheet(List<Line> people, List<DepartmentLine> departments) {
    }

    public static Sheet compute(Facts facts, String enterpriseId, Instant from, Instant to, Instant asOf, PointRules rules) {
        Instant end = asOf.isBefore(to) ? asOf : to;
        Map<String, long[]> counts = new TreeMap<>();
        var outcomes = IndicatorCalculator.CycleOutcomes.of(facts, new Scope(Scope.Kind.ENTERPRISE, enterpriseId).select(facts), from, end);
        for (var outcome : outcomes.outcomes()) {
            if (outcome.suspended()) {
                continue;
            }
            for (String person : outcome.cycle().assigneePersonIds()) {
                long[] c = counts.computeIfAbsent(person, p -> new long[6]);
                if (outcome.missed()) {
                    c[2]++;
                } else if (outcome.late()) {
                    c[1]++;
                } else {
                    c[0]++;
                }
            }
        }
        for (Facts.Hazard h : facts.hazards()) {
            if (h.registTime() != null && !h.registTime().isBefore(from) && h.registTime().isBefore(end)
                    && h.needsRemediation() && h.registrant() != null) {
                counts.computeIfAbsent(h.registrant(), p -> new long[6])[3]++;
            }
            if (h.liablePerson() == null) {
                continue;
            }
            if (h.acceptTime() != null && !h.acceptTime().isBefore(from) && h.acceptTime().isBefore(end)) {
                counts.computeIfAbsent(h.liablePerson(), p -> new long[6])[h.acceptedOnTime() ? 4 : 5]++;
            } else if (h.overdueAt(end) && h.deadline() != null && !h.deadline().isBefore(from)) {
                counts.computeIfAbsent(h.liablePerson(), p -> new long[6])[5]++;
            }
        }
        Map<String, Facts.Person> people = new TreeMap<>();
        facts.people().forEach(p -> people.put(p.personId(), p));
        List<Line> lines = new ArrayList<>();
        Map<String, double[]> departments = new TreeMap<>();
        counts.forEach((person, c) -> {
            double points = c[0] * rules.onTimeCheck() - c[1] * rules.lateCheck() - c[2] * rules.missedCheck()
                    + c[3] * rules.hazardConfirmed() + c[4] * rules.remediationOnTime() - c[5] * rules.remediationLate();
            Facts.Person p = people.get(person);
            String department = p == null ? null : p.departmentId();
            lines.add(new Line(person, p == null ? null : p.name(), department, c[0], c[1], c[2], c[3], c[4], c[5], round(points)));
            if (department != null) {
                double[] d = departments.computeIfAbsent(department, k -> new double[2]);
                d[0]++;
                d[1] += points;
            }
        });
        lines.sort((a, b) -> Double.compare(b.points(), a.points()));
        List<DepartmentLine> depts = departments.entrySet().stream()
                .map(e -> new DepartmentLine(e.getKey(), (long) e.getValue()[0], round(e.getValue()[1]))).toList();
        return new Sheet(lines, depts);
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
