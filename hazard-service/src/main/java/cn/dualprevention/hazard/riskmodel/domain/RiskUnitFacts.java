package cn.dualprevention.hazard.riskmodel.domain;

/** 风险分析单元 — what this service knows of a risk unit (from risk-service's events). */
public record RiskUnitFacts(String unitId, String groupId, String enterpriseId, String name, String riskObjectId,
                            String hazardCode, String responsibleDepartment, String responsibleDepartmentId,
                            String responsiblePerson, String responsiblePersonId) {
}
