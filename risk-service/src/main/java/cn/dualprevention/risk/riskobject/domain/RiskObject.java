package cn.dualprevention.risk.riskobject.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
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

    public static RiskObject create(String id, String groupId, String enterpriseId, String companyCode, String hazardCode,
                                    String name, boolean majorHazardSource, Integer majorHazardGrade,
                                    String mainResponsiblePersonId, String technicalResponsiblePersonId,
                                    String operationalResponsiblePersonId) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.require(violations, "hazardCode", hazardCode, 36);
        TextRules.require(violations, "name", name, 200);
        if (majorHazardSource) {
            if (hazardCode != null && !hazardCode.trim().matches(companyCode + "\\d{3}")) {
                violations.add(new FieldViolation("hazardCode", "major-hazard-code",
                        "a major hazard source code is 12 digits: companyCode " + companyCode + " + a 3-digit serial"));
            }
            if (majorHazardGrade == null || majorHazardGrade < 1 || majorHazardGrade > 4) {
                violations.add(new FieldViolation("majorHazardGrade", "range", "一级 to 四级: 1 to 4"));
            }
            requireGuarantor(violations, "mainResponsiblePersonId", mainResponsiblePersonId, "main 主要负责人");
            requireGuarantor(violations, "technicalResponsiblePersonId", technicalResponsiblePersonId, "technical 技术负责人");
            requireGuarantor(violations, "operationalResponsiblePersonId", operationalResponsiblePersonId, "operational 操作负责人");
        } else if (majorHazardGrade != null) {
            violations.add(new FieldViolation("majorHazardGrade", "not-major",
                    "only a major hazard source has a grade"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return new RiskObject(id, 1, groupId, enterpriseId, hazardCode.trim(), name.trim(), majorHazardSource,
                majorHazardGrade, mainResponsiblePersonId, technicalResponsiblePersonId, operationalResponsiblePersonId,
                false);
    }

    public RiskObjectChanged changed() {
        return new RiskObjectChanged(id, enterpriseId, hazardCode, name, majorHazardSource, majorHazardGrade,
                mainResponsiblePersonId, technicalResponsiblePersonId, operationalResponsiblePersonId, deleted);
    }

    private static void requireGuarantor(List<FieldViolation> violations, String field, String personId, String role) {
        if (personId == null || personId.isBlank()) {
            violations.add(new FieldViolation(field, "required",
                    "a major hazard source names its " + role + " 包保责任人"));
        }
    }
}
