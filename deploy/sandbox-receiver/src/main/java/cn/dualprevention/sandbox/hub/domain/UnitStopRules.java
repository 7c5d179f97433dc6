package cn.dualprevention.sandbox.hub.domain;

import java.time.LocalDateTime;

/** 停用检修记录 ({@code unitStop}). */
final class UnitStopRules implements RecordRules.TypeRules {

    @Override
    public void check(RecordCheck c) {
        c.maxWidth("hazardCode", 36, false);
        c.recordId("riskUnitId", true);
        LocalDateTime start = c.dateTime("stopStartTime", true);
        LocalDateTime end = c.dateTime("stopEndTime", false);
        if (start != null && end != null && end.isBefore(start)) {
            c.violation("stopEndTime", "order", "before stopStartTime");
        }
        c.value("stopReason", false);
    }
}
