package cn.dualprevention.exchange.record.domain;

import java.math.BigDecimal;
import java.util.Set;

/** 隐患排查任务 — {@code checkTask}, from inspection-service's {@code inspection.task.*} events. */
public final class CheckTaskMapper extends RecordMapper {

    public CheckTaskMapper() {
        super(RecordType.CHECK_TASK, "taskId",
                Set.of("inspection.task.defined.v1", "inspection.task.changed.v1", "inspection.task.retired.v1"),
                Set.of("inspection.task.retired.v1"));
    }

    @Override
    public BuiltRecord map(String eventType, Facts task, RecordContext context) {
        CheckCycle cycle = CheckCycle.of(task.decimal("cycle"), task.text("cycleUnit"), context.profile().acceptsWeekAndQuarter());
        String workType = NationalCodes.code(NationalCodes.WORK_TYPE, task.text("workType"));
        String workDayType = NationalCodes.code(NationalCodes.WORK_DAY_TYPE, task.text("workDayType"));
        RecordDraft draft = draft(eventType, task, context)
                .required("riskMeasureId", task.text("measureId"))
                .required("troubleshootContent", task.text("troubleshootContent"), 1000)
                .required("checkCycle", cycle.cycleText())
                .code("checkCycleUnit", cycle.unit(), Set.of("小时", "天", "周", "月", "季度", "年"), true, task.text("cycleUnit"))
                .put("taskStartTime", RecordDates.dateTime(task.text("taskStartTime"), context.zone()))
                .parent(RecordType.CONTROL_MEASURE, task.text("measureId"));
        if (cycle.cycle() != null && cycle.cycle().compareTo(BigDecimal.ZERO) <= 0) {
            draft.problem("checkCycle must be greater than 0");
        }
        if (cycle.hourly()) {
            draft.required("workStartTime", RecordDates.timeOfDay(task.text("workStartTime")))
                    .required("workEndTime", RecordDates.timeOfDay(task.text("workEndTime")));
        }
        draft.code("workDayType", workDayType, NationalCodes.WORK_DAY_TYPE.values(), true, task.text("workDayType"))
                .code("workType", workType, NationalCodes.WORK_TYPE.values(), true, task.text("workType"));
        Integer maxTaskNum = workType == null ? null : NationalCodes.TASK_NUM_MAX.get(workType);
        if (maxTaskNum != null) {
            BigDecimal taskNum = task.decimal("taskNum");
            draft.required("taskNum", task.text("taskNum"));
            if (taskNum != null && (taskNum.scale() > 0 && taskNum.stripTrailingZeros().scale() > 0
                    || taskNum.intValue() < 1 || taskNum.intValue() > maxTaskNum)) {
                draft.problem("taskNum must be an item 1–" + maxTaskNum + " of the national 包保 checklist for workType " + workType);
            }
        } else {
            draft.put("taskNum", task.text("taskNum"));
        }
        return draft.build();
    }
}
