package cn.dualprevention.risk.riskobject.web;

/** A risk analysis object with its level (highest current level of its units) and colour. */
public record RiskObjectResponse(String id, long version, String enterpriseId, String hazardCode, String name,
                                 boolean majorHazardSource, Integer majorHazardGrade, String mainResponsiblePersonId,
                                 String technicalResponsiblePersonId, String operationalResponsiblePersonId,
                                 String level, String colour) {
}
