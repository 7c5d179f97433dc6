package cn.dualprevention.risk.riskunit.web;

/** A risk unit as the API shows it, with its level's Chinese name and map colour. */
public record RiskUnitResponse(String id, long version, String enterpriseId, String hazardCode, String name,
                               String responsibleDepartment, String responsiblePerson, String riskLevel,
                               String riskLevelName, String colour, Double longitude, Double latitude, String status) {
}
