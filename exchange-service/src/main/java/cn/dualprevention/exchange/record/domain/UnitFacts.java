package cn.dualprevention.exchange.record.domain;

/** What exchange-service knows of a risk analysis unit from risk-service's events. */
public record UnitFacts(String unitId, String enterpriseId, String hazardCode, String name, String responsibleDepartment,
                        String responsiblePerson, String riskLevel, Double longitude, Double latitude, String status) {
}
