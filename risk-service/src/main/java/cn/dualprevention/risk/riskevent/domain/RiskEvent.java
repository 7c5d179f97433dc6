package cn.dualprevention.risk.riskevent.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.RuleViolationException;
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

    /** A new event that arrives already assessed (a row of an imported register): still version 1. */
    public static RiskEvent createAssessed(String id, String groupId, String enterpriseId, String unitId, String name,
                                           String consequence, Assessment assessment) {
        RiskEvent event = create(id, groupId, enterpriseId, unitId, name, consequence);
        return new RiskEvent(id, 1, groupId, enterpriseId, unitId, event.name, event.consequence, List.of(assessment), false);
    }

    /** The same event with a new name and consequence (one version later); its assessments stay. */
    public RiskEvent update(String newName, String newConsequence) {
        requireNotDeleted();
        RiskEvent checked = create(id, groupId, enterpriseId, unitId, newName, newConsequence);
        return new RiskEvent(id, version + 1, groupId, enterpriseId, unitId, checked.name, checked.consequence,
                assessments, false);
    }

    /**
     * Soft delete (逻辑删除). Refused while control measures of the event are live: a measure may be checked by
     * inspection tasks, so measures are deleted on purpose (their tasks retire with them), never as a side effect.
     */
    public RiskEvent delete(int liveMeasures) {
        requireNotDeleted();
        if (liveMeasures > 0) {
            throw new RuleViolationException("risk-event-has-measures", "risk event " + name + " cannot be deleted: "
                    + liveMeasures + " control measure(s) of it are live; delete them first (their inspection tasks "
                    + "are retired with them)");
        }
        return withDeleted();
    }

    /** Soft delete as part of deleting its unit (the unit's own rules were checked). */
    public RiskEvent deleteWithUnit() {
        requireNotDeleted();
        return withDeleted();
    }

    private RiskEvent withDeleted() {
        return new RiskEvent(id, version + 1, groupId, enterpriseId, unitId, name, consequence, assessments, true);
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw new RuleViolationException("risk-event-deleted", "risk event " + name + " was deleted");
        }
    }

    /** The event with one more assessment in its history. */
    public RiskEvent assess(Assessment assessment) {
        requireNotDeleted();
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
        return new RiskEventCreated(id, unitId, enterpriseId, name, consequence,
                latest(AssessmentKind.INHERENT).map(a -> a.level().name()).orElse(null),
                latest(AssessmentKind.RESIDUAL).map(a -> a.level().name()).orElse(null), deleted);
    }
}
