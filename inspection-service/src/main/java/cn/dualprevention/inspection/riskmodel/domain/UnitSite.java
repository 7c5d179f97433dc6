package cn.dualprevention.inspection.riskmodel.domain;

/**
 * 风险分析单元现场 — what inspection knows of a risk unit: where it is (check-in location), its QR / NFC token and
 * whether it is in service. Kept from risk-service's events.
 */
public record UnitSite(String unitId, String groupId, String enterpriseId, String riskObjectId, String name,
                       Double longitude, Double latitude, String qrToken, String status) {

    public boolean hasLocation() {
        return longitude != null && latitude != null;
    }
}
