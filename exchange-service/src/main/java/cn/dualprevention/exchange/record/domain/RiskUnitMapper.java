package cn.dualprevention.exchange.record.domain;

import java.util.Set;

/** 安全风险分析单元 — {@code riskUnit}, from risk-service's unit events. */
public final class RiskUnitMapper extends RecordMapper {

    static final String STOPPED = "risk.unit.stopped.v1";
    static final String RESUMED = "risk.unit.resumed.v1";

    public RiskUnitMapper() {
        super(RecordType.RISK_UNIT, "unitId",
                Set.of("risk.unit.created.v1", "risk.unit.updated.v1", "risk.unit.deleted.v1", STOPPED, RESUMED),
                Set.of("risk.unit.deleted.v1"));
    }

    @Override
    public BuiltRecord map(String eventType, Facts unit, RecordContext context) {
        String level = unit.text("riskLevel");
        boolean overhaul = STOPPED.equals(eventType) || !RESUMED.equals(eventType) && "STOPPED".equals(unit.text("status"));
        return draft(eventType, unit, context)
                .required("hazardCode", unit.text("hazardCode"), 36)
                .required("hazardDep", unit.text("responsibleDepartment"), 200)
                .required("hazardLiablePerson", unit.text("responsiblePerson"), 20)
                .required("riskUnitName", unit.text("name"), 200)
                .code("riskClass", context.profile().riskClass().code(level), context.profile().riskClass().codes().values(),
                        true, level)
                .put("longitude", unit.number("longitude"))
                .put("latitude", unit.number("latitude"))
                .put("isOverhaul", overhaul ? "1" : "0")
                .build();
    }
}
