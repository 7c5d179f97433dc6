package cn.dualprevention.risk.riskevent.domain;

/**
 * Event data of {@code risk.event.created.v1} / {@code .updated.v1} / {@code .deleted.v1}: the whole event as it is
 * now (its latest inherent and residual level; the assessments themselves travel as {@code risk.event.assessed.v1}).
 */
public record RiskEventCreated(String riskEventId, String unitId, String enterpriseId, String name, String consequence,
                               String inherentLevel, String residualLevel, boolean deleted) {

    public static final String TYPE = "risk.event.created.v1";
    public static final String UPDATED = "risk.event.updated.v1";
    public static final String DELETED = "risk.event.deleted.v1";
}
