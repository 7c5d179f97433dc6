package cn.dualprevention.risk.riskunit.domain;

/** Event {@code risk.unit.created.v1}: a new risk analysis unit, with everything a consumer needs of it. */
public record RiskUnitCreated(String unitId, String enterpriseId, String hazardCode, String name,
                              String responsibleDepartment, String responsiblePerson, String riskLevel,
                              Double longitude, Double latitude, String status) {

    public static final String TYPE = "risk.unit.created.v1";
}
