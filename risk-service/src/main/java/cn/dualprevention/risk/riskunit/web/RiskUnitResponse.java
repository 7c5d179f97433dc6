package cn.dualprevention.risk.riskunit.web;

/**
 * A risk unit as the API shows it: its assessed level with the Chinese name, its current (dynamic) level, and the
 * map colour of the current level.
 */
public record RiskUnitResponse(String id, long version, String enterpriseId, String riskObjectId, String hazardCode,
                               String name, String responsibleDepartment, String responsibleDepartmentId,
                               String responsiblePerson, String responsiblePersonId, String riskLevel,
                               String riskLevelName, String currentLevel, String colour, Double longitude,
                               Double latitude, String status, int openHazards, int activeTasks) {
}
