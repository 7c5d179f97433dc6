package cn.dualprevention.risk.riskobject.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.risk.common.domain.TextRules;

import java.util.ArrayList;
import java.util.List;

/**
 * 风险分析对象 — a risk analysis object (a major hazard source 重大危险源 or another installation), with its
 * code: for a major hazard source 12 digits = the enterprise's companyCode + a 3-digit serial, a grade
 * 一级–四级 (1–4) and the three 包保 guarantors (main / technical / operational responsible person).
 */
public record RiskObject(String id, long version, String groupId, String enterpriseId, String hazardCode, String name,
                         boolean majorHazardSource, Integer majorHazardGrade, String mainResponsiblePersonId,
                         String technicalResponsiblePersonId, String operationalResponsiblePersonId, boolean deleted) {

    /** What a safety engineer enters for an object. */
    public record ObjectDetails(String hazardCode, String name, boolean majorHazardSource, Integer majorHazardGrade,
                                String mainResponsiblePersonId, String technicalResponsiblePersonId,
                                String operationalResponsiblePersonId) {
    }

    public static RiskObject create(String id, String groupId, String enterpriseId, String companyCode, String hazardCode,
                                    String name, boolean majorHazardSource, Integer majorHazardGrade,
                                    String mainResponsiblePersonId, String technicalResponsiblePersonId,
                                    String operationalResponsiblePersonId) {
        return create(id, groupId, enterpriseId, companyCode, new ObjectDetails(hazardCode, name, majorHazardSource,
                majorHazardGrade, mainResponsiblePersonId, technicalResponsiblePersonId, operationalResponsiblePersonId));
    }

    public static RiskObject create(String id, String groupId, String enterpriseId, String companyCode, ObjectDetails d) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.require(violations, "hazardCode", d.hazardCode(), 36);
        TextRules.require(violations, "name", d.name(), 200);
        if (d.majorHazardSource()) {
            if (d.hazardCode() != null && !d.hazardCode().trim().matches(companyCode + "\\d{3}")) {
                violations.add(new FieldViolation("hazardCode", "major-hazard-code",
                        "a major hazard source code is 12 digits: companyCode " + companyCode + " + a 3-digit serial"));
            }
            Integer grade = d.majorHazardGrade();
            if (grade == null || grade < 1 || grade > 4) {
                violations.add(new FieldViolation("majorHazardGrade", "range", "一级 to 四级: 1 to 4"));
            }
            requireGuarantor(violations, "mainResponsiblePersonId", d.mainResponsiblePersonId(), "main 主要负责人");
            requireGuarantor(violations, "technicalResponsiblePersonId", d.technicalResponsiblePersonId(), "technical 技术负责人");
            requireGuarantor(violations, "operationalResponsiblePersonId", d.operationalResponsiblePersonId(), "operational 操作负责人");
        } else if (d.majorHazardGrade() != null) {
            violations.add(new FieldViolation("majorHazardGrade", "not-major",
                    "only a major hazard source has a grade"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return new RiskObject(id, 1, groupId, enterpriseId, d.hazardCode().trim(), d.name().trim(), d.majorHazardSource(),
                d.majorHazardGrade(), d.mainResponsiblePersonId(), d.technicalResponsiblePersonId(),
                d.operationalResponsiblePersonId(), false);
    }

    /**
     * The same object with new details (one version later), checked as on creation. Its code is what its units
     * carry as their hazardCode, so it cannot change while units belong to it.
     */
    public RiskObject update(String companyCode, ObjectDetails details, int liveUnits) {
        requireNotDeleted();
        RiskObject c = create(id, groupId, enterpriseId, companyCode, details);
        if (liveUnits > 0 && !c.hazardCode.equals(hazardCode)) {
            throw new RuleViolationException("hazard-code-in-use", "risk object " + name + " has " + liveUnits
                    + " unit(s) coded " + hazardCode + "; move or delete them before changing the code");
        }
        return new RiskObject(id, version + 1, groupId, enterpriseId, c.hazardCode, c.name, c.majorHazardSource,
                c.majorHazardGrade, c.mainResponsiblePersonId, c.technicalResponsiblePersonId,
                c.operationalResponsiblePersonId, false);
    }

    /**
     * Soft delete (逻辑删除). Refused while units belong to the object: they have their own inspection tasks,
     * hazards and place on the map, so they are deleted one by one, never as a side effect.
     */
    public RiskObject delete(int liveUnits) {
        requireNotDeleted();
        if (liveUnits > 0) {
            throw new RuleViolationException("risk-object-has-units", "risk object " + name + " cannot be deleted: "
                    + liveUnits + " risk analysis unit(s) still belong to it; delete them or move them to another object first");
        }
        return new RiskObject(id, version + 1, groupId, enterpriseId, hazardCode, name, majorHazardSource,
                majorHazardGrade, mainResponsiblePersonId, technicalResponsiblePersonId, operationalResponsiblePersonId,
                true);
    }

    public RiskObjectChanged changed() {
        return new RiskObjectChanged(id, enterpriseId, hazardCode, name, majorHazardSource, majorHazardGrade,
                mainResponsiblePersonId, technicalResponsiblePersonId, operationalResponsiblePersonId, deleted);
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw new RuleViolationException("risk-object-deleted", "risk object " + name + " was deleted");
        }
    }

    private static void requireGuarantor(List<FieldViolation> violations, String field, String personId, String role) {
        if (personId == null || personId.isBlank()) {
            violations.add(new FieldViolation(field, "required",
                    "a major hazard source names its " + role + " 包保责任人"));
        }
    }
}
