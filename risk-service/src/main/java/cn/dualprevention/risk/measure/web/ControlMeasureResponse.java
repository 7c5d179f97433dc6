package cn.dualprevention.risk.measure.web;

/** A control measure as the API shows it. */
public record ControlMeasureResponse(String id, long version, String enterpriseId, String riskEventId, String unitId,
                                     String controlMode, String description, String classify1, String classify2,
                                     String classify3, String troubleshootContent, String controlLevel,
                                     String responsiblePostId) {
}
