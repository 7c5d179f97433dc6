package cn.dualprevention.risk.riskevent.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.risk.common.domain.TextRules;
import cn.dualprevention.risk.assessment.domain.Assessment;
import cn.dualprevention.risk.assessment.domain.AssessmentKind;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 安全风险事件 — what can go wrong in a unit (e.g. 储罐超压泄漏着火), its consequence, and every assessment ever
 * made of it, oldest first.
 */
public record RiskEvent(String id, long version, String groupId, String enterpriseId, String unitId, String name,
                        String consequence, List<Assessment> assessments, boolean deleted) {

    public RiskEvent {
        assessments = List.copyOf(assessments);
    }

    public static RiskEvent create(String id, String groupId, String enterpriseId, String unitId, String name,
                                   String consequence) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.require(violations, "name", name, 500);
        TextRules.check(violations, "consequence", consequence, 1000, false);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return new RiskEvent(id, 1, groupId, enterpriseId, unitId, name.trim(),
                consequence == null ? null : consequence.trim(), List.of(), false);
    }

    /** The event with one more assessment in its history. */
    public RiskEvent assess(Assessment assessment) {
        List<Assessment> history = new ArrayList<>(assessments);
        history.add(assessment);
        return new RiskEvent(id, version + 1, groupId, enterpriseId, unitId, name, consequence, history, deleted);
    }

    public Optional<Assessment> latest(AssessmentKind kind) {
        for (int i = assessments.size() - 1; i >= 0; i--) {
            if (assessments.get(i).kind() == kind) {
                return Optional.of(assessments.get(i));
            }
        }
        return Optional.empty();
    }

    /** The level that counts for the unit: the latest residual assessment, else the latest inherent one. */
    public Optional<RiskLevel> residualLevel() {
        return latest(AssessmentKind.RESIDUAL).or(() -> latest(AssessmentKind.INHERENT)).map(Assessment::level);
    }

    public RiskEventCreated created() {
        return new RiskEventCreated(id, unitId, enterpriseId, name, consequence);
    }
}
