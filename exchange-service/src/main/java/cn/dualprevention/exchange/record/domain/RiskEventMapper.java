package cn.dualprevention.exchange.record.domain;

import java.util.Set;

/** 安全风险事件 — {@code riskEvent}, from risk-service's {@code risk.event.*} events. */
public final class RiskEventMapper extends RecordMapper {

    public RiskEventMapper() {
        super(RecordType.RISK_EVENT, "riskEventId",
                Set.of("risk.event.created.v1", "risk.event.updated.v1", "risk.event.deleted.v1"),
                Set.of("risk.event.deleted.v1"));
    }

    @Override
    public BuiltRecord map(String eventType, Facts event, RecordContext context) {
        return draft(eventType, event, context)
                .required("riskUnitId", event.text("unitId"))
                .required("riskEventName", event.text("name"), 500)
                .parent(RecordType.RISK_UNIT, event.text("unitId"))
                .build();
    }
}
