package cn.dualprevention.risk.assessment.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 风险评价 — one assessment of a risk event: method, factor values, score, level, the rule of a direct
 * judgement, why it was made, who made it and when. Assessments are never overwritten: they form the
 * event's history.
 */
public record Assessment(AssessmentKind kind, AssessmentMethod method, Map<String, BigDecimal> factors, BigDecimal score,
                         RiskLevel level, String directRule, String reason, String assessor, Instant assessedAt) {

    public Assessment {
        factors = factors == null ? Map.of() : Map.copyOf(factors);
    }

    /**
     * Assesses with a scoring method under the enterprise's thresholds, or by direct judgement (then
     * {@code directLevel} and {@code directRule} are required and factors are not used).
     */
    public static Assessment make(AssessmentKind kind, AssessmentMethod method, Map<String, BigDecimal> factors,
                                  RiskLevel directLevel, String directRule, String reason, String assessor,
                                  Instant at, RiskThresholds thresholds) {
        List<FieldViolation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(new FieldViolation("kind", "required", "INHERENT or RESIDUAL"));
        }
        if (method == null) {
            violations.add(new FieldViolation("method", "required", "LEC, LS, MES or DIRECT"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        if (method == AssessmentMethod.DIRECT) {
            if (directLevel == null) {
                violations.add(new FieldViolation("level", "required", "a direct judgement names the level"));
            }
            if (directRule == null || directRule.isBlank()) {
                violations.add(new FieldViolation("directRule", "required",
                        "a direct judgement records the rule it applies, e.g. a missing safety instrumented function"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidValueException(violations);
            }
            return new Assessment(kind, method, Map.of(), null, directLevel, directRule.trim(), reason, assessor, at);
        }
        BigDecimal score = method.score(factors);
        return new Assessment(kind, method, new TreeMap<>(factors), score, thresholds.levelOf(score), null, reason,
                assessor, at);
    }
}
