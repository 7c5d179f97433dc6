package cn.dualprevention.inspection.task.domain;

/** 管控措施 — a control measure as risk-service announces it; only INSPECTION measures become tasks. */
public record ControlMeasure(String measureId, String groupId, String enterpriseId, String riskEventId, String unitId,
                             String controlMode, String troubleshootContent, String responsiblePostId, long version,
                             boolean deleted) {

    public static final String INSPECTION = "INSPECTION";

    public boolean isInspection() {
        return INSPECTION.equals(controlMode) && !deleted;
    }
}
