package cn.dualprevention.risk.assessment.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 风险评价方法 — the assessment methods and their factor tables (risk-methods.md). The score is the
 * product of the factors; direct judgement (直接判定) has no factors and names the rule instead.
 */
public enum AssessmentMethod {
    /** 作业条件危险性分析 D = L × E × C. */
    LEC(List.of(
            Factor.of("L", "likelihood 事故发生的可能性", "10", "6", "3", "1", "0.5", "0.2", "0.1"),
            Factor.of("E", "exposure frequency 暴露于危险环境的频繁程度", "10", "6", "3", "2", "1", "0.5"),
            Factor.of("C", "consequence 发生事故产生的后果", "100", "40", "15", "7", "3", "1"))),
    /** 风险矩阵 R = L × S. */
    LS(List.of(
            Factor.of("L", "likelihood 可能性", "1", "2", "3", "4", "5"),
            Factor.of("S", "severity 严重性", "1", "2", "3", "4", "5"))),
    /** R = M × E × S. */
    MES(List.of(
            Factor.of("M", "state of control 控制措施状态", "5", "3", "1"),
            Factor.of("E", "exposure 人体暴露或危险状态频繁程度", "10", "6", "3", "2", "1", "0.5"),
            Factor.of("S", "severity 事故的可能后果", "10", "8", "4", "2", "1"))),
    /** 直接判定: the level is set by a named rule. */
    DIRECT(List.of());

    private final List<Factor> factors;

    AssessmentMethod(List<Factor> factors) {
        this.factors = factors;
    }

    public List<Factor> factors() {
        return factors;
    }

    /**
     * The score of these factor values; every factor missing, unknown or outside its table is reported at
     * once, naming the factor ({@code factors.L} / {@code factor-table}).
     */
    public BigDecimal score(Map<String, BigDecimal> values) {
        List<FieldViolation> violations = new ArrayList<>();
        BigDecimal score = BigDecimal.ONE;
        for (Factor factor : factors) {
            BigDecimal value = values == null ? null : values.get(factor.name());
            if (value == null) {
                violations.add(new FieldViolation("factors." + factor.name(), "required",
                        name() + " needs factor " + factor.name() + " (" + factor.meaning() + ")"));
            } else if (!factor.allows(value)) {
                violations.add(new FieldViolation("factors." + factor.name(), "factor-table",
                        name() + " factor " + factor.name() + " must be one of " + plain(factor.values())
                                + "; " + value.toPlainString() + " is not in the table"));
            } else {
                score = score.multiply(value);
            }
        }
        if (values != null) {
            for (String name : values.keySet()) {
                if (factors.stream().noneMatch(f -> f.name().equals(name))) {
                    violations.add(new FieldViolation("factors." + name, "unknown-factor",
                            name() + " has no factor " + name));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return score.stripTrailingZeros();
    }

    /** Every score the factor tables can produce (the products of all combinations), ascending. */
    public Set<BigDecimal> attainableScores() {
        Set<BigDecimal> scores = new TreeSet<>();
        if (factors.isEmpty()) {
            return scores;
        }
        scores.add(BigDecimal.ONE);
        for (Factor factor : factors) {
            Set<BigDecimal> next = new TreeSet<>();
            for (BigDecimal partial : scores) {
                for (BigDecimal value : factor.values()) {
                    next.add(partial.multiply(value).stripTrailingZeros());
                }
            }
            scores = next;
        }
        return scores;
    }

    private static List<String> plain(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).toList();
    }
}
