package cn.dualprevention.risk.riskevent.domain;

/** Event data of {@code risk.event.created.v1} / {@code .updated.v1} / {@code .deleted.v1}. */
public record RiskEventCreated(String riskEventId, String unitId, String enterpriseId, String name, String consequence) {

    public static final String TYPE = "risk.event.created.v1";
}
