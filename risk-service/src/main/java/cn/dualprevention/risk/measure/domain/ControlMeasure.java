package cn.dualprevention.risk.measure.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.risk.common.domain.TextRules;

import java.util.ArrayList;
import java.util.List;

/**
 * 安全风险管控措施 — a control measure of a risk event: what is done (description), its national classification,
 * whether it is watched by automated monitoring or checked by inspection (then with its inspection content
 * 排查内容), at which control level and by which post.
 */
public record ControlMeasure(String id, long version, String groupId, String enterpriseId, String riskEventId,
                             String unitId, ControlMode controlMode, String description, String classify1,
                             String classify2, String classify3, String troubleshootContent,
                             ControlLevel controlLevel, String responsiblePostId, boolean deleted) {

    /** What a safety engineer enters for a measure. */
    public record MeasureDetails(ControlMode controlMode, String description, String classify1, String classify2,
                                 String classify3, String troubleshootContent, ControlLevel controlLevel,
                                 String responsiblePostId) {
    }

    public static ControlMeasure create(String id, String groupId, String enterpriseId, String riskEventId, String unitId,
                                        MeasureDetails d) {
        List<FieldViolation> violations = new ArrayList<>();
        if (d.controlMode() == null) {
            violations.add(new FieldViolation("controlMode", "required", "AUTOMATED_MONITORING or INSPECTION"));
        }
        TextRules.check(violations, "description", d.description(), 4000, true);
        if (d.classify1() == null || !MeasureClassification.TABLE.containsKey(d.classify1())) {
            violations.add(new FieldViolation("classify1", "code", "1 工程技术, 2 维护保养, 3 操作行为 or 4 应急措施"));
        } else if (d.classify2() != null && !MeasureClassification.TABLE.get(d.classify1()).contains(d.classify2())) {
            violations.add(new FieldViolation("classify2", "code", "under classify1 " + d.classify1() + " classify2 is one of "
                    + MeasureClassification.TABLE.get(d.classify1())));
        }
        TextRules.check(violations, "classify3", d.classify3(), 100, false);
        TextRules.check(violations, "troubleshootContent", d.troubleshootContent(), 1000, d.controlMode() == ControlMode.INSPECTION);
        if (d.controlLevel() == null) {
            violations.add(new FieldViolation("controlLevel", "required", "COMPANY, WORKSHOP, TEAM or POST"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return new ControlMeasure(id, 1, groupId, enterpriseId, riskEventId, unitId, d.controlMode(), d.description().trim(),
                d.classify1(), d.classify2(), d.classify3(), d.troubleshootContent(), d.controlLevel(),
                d.responsiblePostId(), false);
    }

    /** The same measure with new details (one version later), checked as on creation. */
    public ControlMeasure update(MeasureDetails details) {
        requireNotDeleted();
        ControlMeasure checked = create(id, groupId, enterpriseId, riskEventId, unitId, details);
        return new ControlMeasure(id, version + 1, groupId, enterpriseId, riskEventId, unitId, checked.controlMode,
                checked.description, checked.classify1, checked.classify2, checked.classify3, checked.troubleshootContent,
                checked.controlLevel, checked.responsiblePostId, false);
    }

    /** Soft delete; inspection-service retires the tasks of a deleted measure. */
    public ControlMeasure delete() {
        requireNotDeleted();
        return new ControlMeasure(id, version + 1, groupId, enterpriseId, riskEventId, unitId, controlMode, description,
                classify1, classify2, classify3, troubleshootContent, controlLevel, responsiblePostId, true);
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw new RuleViolationException("measure-deleted", "control measure " + id + " was deleted");
        }
    }

    public ControlMeasureChanged changed() {
        return new ControlMeasureChanged(id, riskEventId, unitId, enterpriseId, controlMode.name(), description, classify1,
                classify2, classify3, troubleshootContent, controlLevel.name(), responsiblePostId, deleted);
    }
}
