package cn.dualprevention.exchange.record.domain;

import java.util.Set;

/**
 * 隐患排查记录 — {@code checkRecord}, from inspection-service's submitted records; a missed cycle travels too,
 * as {@code checkStatus = 2} (not inspected) at the end of its window.
 */
public final class CheckRecordMapper extends RecordMapper {

    static final String MISSED = "inspection.cycle.missed.v1";

    public CheckRecordMapper() {
        super(RecordType.CHECK_RECORD, "recordId", Set.of("inspection.record.submitted.v1", MISSED), Set.of());
    }

    @Override
    public BuiltRecord map(String eventType, Facts record, RecordContext context) {
        boolean missed = MISSED.equals(eventType);
        String status = missed ? "2" : NationalCodes.code(NationalCodes.CHECK_STATUS, record.text("checkStatus"));
        String checkTime = RecordDates.dateTime(record.text(missed ? "windowEnd" : "checkTime"), context.zone());
        String workType = record.text("workType");
        String mobile = missed ? null : record.text("mobile");
        RecordDraft draft = draft(eventType, record, context)
                .required("checkTaskId", record.text("taskId"))
                .required("checkTime", checkTime)
                .code("checkStatus", status, NationalCodes.CHECK_STATUS.values(), true, record.text("checkStatus"))
                .optional("mobileMe", missed ? null : record.text("deviceId"), 100)
                .put("isDefend", workType != null && !"ROUTINE".equals(workType) ? "1" : "0")
                .put("createByMobile", mobile)
                .put("updateByMobile", mobile)
                .parent(RecordType.CHECK_TASK, record.text("taskId"));
        if (mobile != null && !mobile.matches(NationalCodes.MOBILE)) {
            draft.problem("createByMobile must be a mainland mobile number (^1[3-9]\\d{9}$)");
        }
        return draft.build();
    }
}
