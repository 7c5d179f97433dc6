package cn.dualprevention.risk.riskunit.domain;

/** 未闭环隐患 — a hazard on the unit that is registered and neither accepted nor rejected yet. */
public record OpenHazard(String hazardId, String name, boolean major, String measureId) {
}
