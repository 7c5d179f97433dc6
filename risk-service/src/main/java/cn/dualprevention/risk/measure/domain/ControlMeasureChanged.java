package cn.dualprevention.risk.measure.domain;

/** Event data of {@code risk.measure.created.v1} / {@code .updated.v1} / {@code .deleted.v1}. */
public record ControlMeasureChanged(String measureId, String riskEventId, String unitId, String enterpriseId,
                                    String controlMode, String description, String classify1, String classify2,
                                    String classify3, String troubleshootContent, String controlLevel,
                                    String responsiblePostId, boolean deleted) {

    public static final String CREATED = "risk.measure.created.v1";
    public static final String UPDATED = "risk.measure.updated.v1";
    public static final String DELETED = "risk.measure.deleted.v1";
}
