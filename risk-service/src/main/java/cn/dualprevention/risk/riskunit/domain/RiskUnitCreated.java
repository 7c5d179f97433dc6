package cn.dualprevention.risk.riskunit.domain;

/**
 * Event data of {@code risk.unit.created.v1} and {@code risk.unit.updated.v1}: the whole unit, with everything a
 * consumer needs of it (docs/events.md). Fields are only ever added.
 */
public record RiskUnitCreated(String unitId, String enterpriseId, String hazardCode, String name,
                              String responsibleDepartment, String responsiblePerson, String riskLevel,
                              Double longitude, Double latitude, String status, String riskObjectId,
                              String responsibleDepartmentId, String responsiblePersonId, String currentLevel,
                              String qrToken) {

    public static final String TYPE = "risk.unit.created.v1";
    public static final String UPDATED = "risk.unit.updated.v1";
}
