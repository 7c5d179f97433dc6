package cn.dualprevention.risk.riskunit.application;

import cn.dualprevention.risk.riskunit.domain.RiskLevel;

/** Command: create a risk analysis unit of an enterprise. */
public record CreateRiskUnit(String enterpriseId, String hazardCode, String name, String responsibleDepartment,
                             String responsiblePerson, RiskLevel riskLevel, Double longitude, Double latitude) {
}
