package cn.dualprevention.sandbox.hub.domain;

/** 安全风险事件 ({@code riskEvent}). */
final class RiskEventRules implements RecordRules.TypeRules {

    @Override
    public void check(RecordCheck c) {
        c.recordId("riskUnitId", true);
        c.maxWidth("riskEventName", 500, true);
    }
}
