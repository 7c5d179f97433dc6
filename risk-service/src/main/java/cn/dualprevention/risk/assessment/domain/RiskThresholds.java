package cn.dualprevention.risk.assessment.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 风险分级标准 — where one method's scores turn into the four levels: the lower bounds of 重大, 较大 and
 * 一般 (everything below 一般 is 低). A configuration is only accepted when every level can be reached
 * with the method's factor tables — an LEC scale whose top band no product can reach is refused.
 */
public record RiskThresholds(AssessmentMethod method, ScoreBound major, ScoreBound considerable, ScoreBound general) {

    /** The defaults of risk-methods.md. */
    public static RiskThresholds defaults(AssessmentMethod method) {
        return switch (method) {
            case LEC -> of(method, ">320", ">=160", ">=70");
            case LS -> of(method, ">=20", ">=15", ">=9");
            case MES -> of(method, ">180", ">=90", ">=40");
            case DIRECT -> new RiskThresholds(method, null, null, null);
        };
    }

    public static RiskThresholds of(AssessmentMethod method, String major, String considerable, String general) {
        return new RiskThresholds(method, ScoreBound.parse("MAJOR", major),
                ScoreBound.parse("CONSIDERABLE", considerable), ScoreBound.parse("GENERAL", general));
    }

    /**
     * Configured thresholds, checked: bounds descend from 重大 to 一般, and each level's band holds at least
     * one score the factor tables can produce; otherwise a 400 naming the level.
     */
    public static RiskThresholds configure(AssessmentMethod method, String major, String considerable, String general) {
        if (method == AssessmentMethod.DIRECT) {
            throw new InvalidValueException("method", "no-thresholds", "direct judgement sets the level by rule, not by score");
        }
        List<FieldViolation> violations = new ArrayList<>();
        ScoreBound majorBound = parse(violations, "MAJOR", major);
        ScoreBound considerableBound = parse(violations, "CONSIDERABLE", considerable);
        ScoreBound generalBound = parse(violations, "GENERAL", general);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        if (!majorBound.isAbove(considerableBound)) {
            violations.add(new FieldViolation("CONSIDERABLE", "order", "较大 must start below 重大 (" + majorBound + ")"));
        }
        if (!considerableBound.isAbove(generalBound)) {
            violations.add(new FieldViolation("GENERAL", "order", "一般 must start below 较大 (" + considerableBound + ")"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        RiskThresholds thresholds = new RiskThresholds(method, majorBound, considerableBound, generalBound);
        thresholds.requireEveryLevelReachable();
        return thresholds;
    }

    /** The level of a score. */
    public RiskLevel levelOf(BigDecimal score) {
        if (major.admits(score)) {
            return RiskLevel.MAJOR;
        }
        if (considerable.admits(score)) {
            return RiskLevel.CONSIDERABLE;
        }
        return general.admits(score) ? RiskLevel.GENERAL : RiskLevel.LOW;
    }

    /** The levels no attainable score falls into (empty for a sound configuration). */
    public List<RiskLevel> unreachableLevels() {
        if (method == AssessmentMethod.DIRECT) {
            return List.of();
        }
        Set<BigDecimal> attainable = method.attainableScores();
        List<RiskLevel> unreachable = new ArrayList<>();
        for (RiskLevel level : RiskLevel.values()) {
            if (attainable.stream().noneMatch(score -> levelOf(score) == level)) {
                unreachable.add(level);
            }
        }
        return unreachable;
    }

    private void requireEveryLevelReachable() {
        List<FieldViolation> violations = new ArrayList<>();
        Set<BigDecimal> attainable = method.attainableScores();
        BigDecimal max = attainable.stream().max(BigDecimal::compareTo).orElseThrow();
        for (RiskLevel level : unreachableLevels()) {
            violations.add(new FieldViolation(level.name(), "unreachable",
                    level.chineseName() + " (" + level.name() + ") cannot be reached with " + method
                            + ": no product of its factor tables falls into its band (highest attainable score " + max.toPlainString() + ")"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    private static ScoreBound parse(List<FieldViolation> violations, String level, String text) {
        try {
            return ScoreBound.parse(level, text);
        } catch (InvalidValueException e) {
            violations.addAll(e.violations());
            return null;
        }
    }
}
