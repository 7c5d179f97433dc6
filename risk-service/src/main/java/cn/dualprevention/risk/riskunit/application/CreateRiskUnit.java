package cn.dualprevention.risk.riskunit.application;

import cn.dualprevention.risk.riskunit.domain.RiskLevel;

/** Command: create a risk analysis unit of an enterprise (or, without riskLevel, its new master data). */
public record CreateRiskUnit(String enterpriseId, String riskObjectId, String hazardCode, String name,
                             String responsibleDepartment, String responsibleDepartmentId, String responsiblePerson,
                             String responsiblePersonId, RiskLevel riskLevel, Double longitude, Double latitude) {
}
