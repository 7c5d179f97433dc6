package cn.dualprevention.risk.riskobject.domain;

/** Event data of {@code risk.object.created.v1} / {@code .updated.v1} / {@code .deleted.v1}. */
public record RiskObjectChanged(String riskObjectId, String enterpriseId, String hazardCode, String name,
                                boolean majorHazardSource, Integer majorHazardGrade, String mainResponsiblePersonId,
                                String technicalResponsiblePersonId, String operationalResponsiblePersonId,
                                boolean deleted) {

    public static final String CREATED = "risk.object.created.v1";
    public static final String UPDATED = "risk.object.updated.v1";
    public static final String DELETED = "risk.object.deleted.v1";
}
