package cn.dualprevention.assessment.scores.domain;

import cn.dualprevention.assessment.indicators.domain.IndicatorValues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 周运行成效得分 E = (A + B) × α of one enterprise for one week (Monday to Monday in its time zone), with every
 * term, deduction and veto and its cause.
 */
public record WeeklyScore(String enterpriseId, LocalDate weekStart, Instant from, Instant to, double a, double b,
                          int alpha, double e, Grade grade, List<Term> terms, List<Deduction> deductions,
                          List<Veto> vetoes, IndicatorValues indicators) {

    /** A term of the formula and how it was obtained. */
    public record Term(String code, double points, String explanation) {
    }

    /** Points taken off a term, and why. */
    public record Deduction(String code, String term, double points, String cause, List<String> evidence) {
    }

    /** A veto item that holds (α = 0), and why. */
    public record Veto(String code, String cause, List<String> evidence) {
    }
}
