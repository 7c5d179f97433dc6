package cn.dualprevention.exchange.record.domain;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

/**
 * 停用检修记录 — {@code unitStop}, from risk-service's {@code risk.unit.stopped/resumed.v1}. A stop has no id
 * of its own there, so its record id is derived from the unit and the stop's start: stopping and resuming
 * the same stop update one record.
 */
public final class UnitStopMapper extends RecordMapper {

    public UnitStopMapper() {
        super(RecordType.UNIT_STOP, null, Set.of(RiskUnitMapper.STOPPED, RiskUnitMapper.RESUMED), Set.of());
    }

    @Override
    public String recordId(String eventType, Facts data) {
        String unitId = data.text("unitId");
        String start = data.text("stopStartTime");
        if (unitId == null || start == null) {
            return null;
        }
        return UUID.nameUUIDFromBytes(("unitStop:" + unitId + ":" + start).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public BuiltRecord map(String eventType, Facts stop, RecordContext context) {
        String unitId = stop.text("unitId");
        Object hazardCode = context.lookup().field(new RecordRef(RecordType.RISK_UNIT, unitId), "hazardCode").orElse(null);
        return draft(eventType, stop, context)
                .put("hazardCode", hazardCode)
                .required("riskUnitId", unitId)
                .required("stopStartTime", RecordDates.dateTime(stop.text("stopStartTime"), context.zone()))
                .put("stopEndTime", RecordDates.dateTime(stop.text("stopEndTime"), context.zone()))
                .optional("stopReason", stop.text("reason"), 500)
                .parent(RecordType.RISK_UNIT, unitId)
                .build();
    }
}
