package cn.dualprevention.exchange.record.domain;

/**
 * 安全风险分析单元 — the {@code riskUnit} record exactly as the data-exchange specification lays it out
 * (component names are the field names on the wire).
 */
public record RiskUnitRecord(
        String id,
        String companyCode,
        String tyshxydm,
        String deleted,
        String createDate,
        String updateDate,
        String createBy,
        String updateBy,
        String hazardCode,
        String hazardDep,
        String hazardLiablePerson,
        String riskUnitName,
        String riskClass,
        Double longitude,
        Double latitude,
        String isOverhaul) {
}
