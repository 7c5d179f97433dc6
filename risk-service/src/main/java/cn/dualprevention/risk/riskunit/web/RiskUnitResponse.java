package cn.dualprevention.risk.riskunit.web;

import java.util.Map;

/**
 * A risk unit as the API shows it: its assessed level with the Chinese name, its current (dynamic) level, the map
 * colour of the current level, its geometry and (to its own tenant only) the token of its QR code.
 */
public record RiskUnitResponse(String id, long version, String enterpriseId, String riskObjectId, String plantId,
                               String hazardCode, String name, String responsibleDepartment,
                               String responsibleDepartmentId, String responsiblePerson, String responsiblePersonId,
                               String riskLevel, String riskLevelName, String currentLevel, String colour,
                               Double longitude, Double latitude, Map<String, Object> geometry, String status,
                               String qrToken, int openHazards, int activeTasks, java.time.Instant stoppedSince) {
}
