package cn.dualprevention.sandbox.hub.domain;

import java.math.BigDecimal;
import java.time.LocalTime;

/** 隐患排查任务 ({@code checkTask}). */
final class CheckTaskRules implements RecordRules.TypeRules {

    @Override
    public void check(RecordCheck c) {
        ReceiverProfile p = c.profile();
        c.recordId("riskMeasureId", true);
        c.maxWidth("troubleshootContent", 1000, true);
        BigDecimal cycle = c.number("checkCycle", true, null, null);
        if (cycle != null) {
            if (cycle.signum() <= 0) {
                c.violation("checkCycle", "range", "must be greater than 0");
            } else if (!p.decimalCheckCycle() && cycle.stripTrailingZeros().scale() > 0) {
                c.violation("checkCycle", "format", cycle.toPlainString() + " is not an integer");
            } else if (!p.decimalCheckCycle() && !c.text("checkCycle").matches("\\d+")) {
                c.violation("checkCycle", "format", c.text("checkCycle") + " is not written as an integer");
            }
        }
        String unit = c.code("checkCycleUnit", p.acceptsWeekAndQuarter()
                ? CodeTables.CYCLE_UNIT_WITH_WEEK_AND_QUARTER : CodeTables.CYCLE_UNIT, true);
        c.dateTime("taskStartTime", false);
        boolean hourly = "小时".equals(unit);
        LocalTime start = c.timeOfDay("workStartTime", hourly);
        LocalTime end = c.timeOfDay("workEndTime", hourly);
        // an end before the start is a night window running past midnight (e.g. 20:00–08:00); the same time is no window
        if (start != null && end != null && end.equals(start)) {
            c.violation("workEndTime", "order", "the same as workStartTime: an empty daily window");
        }
        c.code("workDayType", CodeTables.WORK_DAY_TYPE, false);
        String workType = c.code("workType", CodeTables.WORK_TYPE, false);
        Integer max = workType == null ? null : CodeTables.TASK_NUM_MAX.get(workType);
        BigDecimal taskNum = c.number("taskNum", max != null, BigDecimal.ONE,
                max == null ? null : BigDecimal.valueOf(max));
        if (taskNum != null && taskNum.stripTrailingZeros().scale() > 0) {
            c.violation("taskNum", "format", "not an integer");
        }
    }
}
