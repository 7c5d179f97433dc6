package cn.dualprevention.risk.riskunit.domain;

import java.util.Map;

/**
 * Event data of {@code risk.unit.created.v1}, {@code risk.unit.updated.v1} and {@code risk.unit.deleted.v1}: the
 * whole unit, with everything a consumer needs of it (docs/events.md). Fields are only ever added.
 *
 * @param geometry the GeoJSON geometry (Point or Polygon) of the unit; longitude / latitude stay its single position
 * @param qrToken  the random token of the unit's QR code (inspection-service compares check-ins with it)
 */
public record RiskUnitCreated(String unitId, String enterpriseId, String hazardCode, String name,
                              String responsibleDepartment, String responsiblePerson, String riskLevel,
                              Double longitude, Double latitude, String status, String riskObjectId,
                              String responsibleDepartmentId, String responsiblePersonId, String currentLevel,
                              String qrToken, String plantId, Map<String, Object> geometry, boolean deleted) {

    public static final String TYPE = "risk.unit.created.v1";
    public static final String UPDATED = "risk.unit.updated.v1";
}
