package cn.dualprevention.exchange.record.domain;

import java.util.List;
import java.util.Set;

/**
 * 隐患排查记录 — {@code checkRecord}, from inspection-service's submitted records; a missed cycle travels too,
 * as {@code checkStatus = 2} (not inspected) at the end of its window. A record that corrects a missed one (its
 * {@code replacesRecordId}, sent while the phone was offline) updates the same checkRecord: the regulator keeps one
 * record per cycle, under the missed record's id.
 */
public final class CheckRecordMapper extends RecordMapper {

    static final String MISSED = "inspection.cycle.missed.v1";
    static final String REPLACES = "replacesRecordId";

    public CheckRecordMapper() {
        super(RecordType.CHECK_RECORD, "recordId", Set.of("inspection.record.submitted.v1", MISSED), Set.of());
    }

    /** A correction's record id is the id of the missed record it replaces. */
    @Override
    public String recordId(String eventType, Facts data) {
        String replaces = data.text(REPLACES);
        return replaces != null ? replaces : data.text("recordId");
    }

    /** A correction takes over the missed record's checkRecord, whatever the versions of the two source records. */
    @Override
    public boolean takesOver(Facts previous, Facts incoming) {
        String replaces = incoming.text(REPLACES);
        String own = incoming.text("recordId");
        return replaces != null && own != null && !own.equals(previous.text("recordId")) && !replaces.equals(own);
    }

    @Override
    public List<String> aliases(Facts facts) {
        return facts.text(REPLACES) == null || facts.text("recordId") == null ? List.of() : List.of(facts.text("recordId"));
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
