package cn.dualprevention.exchange.record.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 隐患信息 — {@code hiddenDanger}, from hazard-service's events (each carries the full current hazard).
 * Only the national states travel: 0 remediating, 1 awaiting acceptance, 9 accepted. A hazard in an
 * internal state without a national code (待确认) is held back — except a MAJOR hazard, which is reported on
 * registration (as remediating). A hazard found not to be one (不是隐患) is withdrawn: {@code deleted = 1}.
 *
 * <p>Photos travel as references ({@link PhotoRef}), fetched when the record is sent: {@code attachments1} (the hazard
 * as found) names the hazard's own photos ({@code photoIds}, hazard-service) first, then the photos of the inspection
 * record it was found on ({@code recordPhotoIds}, inspection-service) — the first of them that can travel goes;
 * {@code attachments2} (after remediation 整改后) names {@code afterPhotoIds} (hazard-service). A withdrawn hazard carries none.
 */
public final class HiddenDangerMapper extends RecordMapper {

    static final String REJECTED = "hazard.rejected.v1";

    public HiddenDangerMapper() {
        super(RecordType.HIDDEN_DANGER, "hazardId",
                Set.of("hazard.registered.v1", "hazard.confirmed.v1", REJECTED, "hazard.plan-set.v1",
                        "hazard.extension-requested.v1", "hazard.extension-decided.v1", "hazard.submitted.v1",
                        "hazard.accepted.v1", "hazard.sent-back.v1", "hazard.reopened.v1",
                        "hazard.overdue-step.v1"),
                Set.of(REJECTED));
    }

    @Override
    public BuiltRecord map(String eventType, Facts hazard, RecordContext context) {
        String level = hazard.text("level");
        String measureId = hazard.text("measureId");
        String foundBy = hazard.text("recordId");
        // a hazard found by a correction of a missed record names the correction; the regulator knows the record by the missed id
        String recordId = foundBy == null ? null : context.lookup().keptId(new RecordRef(RecordType.CHECK_RECORD, foundBy));
        String dangerState = dangerState(hazard);
        boolean accepted = "9".equals(dangerState);
        RecordDraft draft = draft(eventType, hazard, context)
                .optional("hazardCode", hazard.text("hazardCode"), 36)
                .put("riskMeasureId", measureId)
                .put("checkRecordId", recordId)
                .required("dangerName", hazard.text("name"), 300)
                .code("dangerLevel", NationalCodes.code(NationalCodes.DANGER_LEVEL, level), NationalCodes.DANGER_LEVEL.values(),
                        true, level)
                .required("registTime", RecordDates.dateTime(hazard.text("registTime"), context.zone()))
                .required("registrant", hazard.text("registrant"), 100)
                .code("dangerSrc", hazard.text("source"), NationalCodes.DANGER_SRC, true, null)
                .code("dangerManageType", NationalCodes.code(NationalCodes.DANGER_MANAGE_TYPE, manageType(hazard)),
                        NationalCodes.DANGER_MANAGE_TYPE.values(), false, hazard.text("manageType"))
                .code("hazardDangerType", hazard.text("hazardType"), NationalCodes.HAZARD_DANGER_TYPE, true, null)
                .code("hazardCategory", hazard.text("category") == null ? "0" : hazard.text("category"),
                        NationalCodes.HAZARD_CATEGORY, true, null)
                .required("dangerDesc", hazard.text("description"))
                .put("dangerReason", hazard.text("cause"))
                .optional("controlMeasures", hazard.text("plan"), 1000)
                .optional("cost", hazard.text("cost"), 100)
                .required("liablePerson", hazard.text("liablePerson"), 100)
                .required("dangerManageDeadline", RecordDates.date(hazard.text("deadline"), context.zone()));
        if (accepted) {
            draft.required("checkAcceptPerson", hazard.text("acceptPerson"), 100)
                    .required("checkAcceptTime", RecordDates.dateTime(hazard.text("acceptTime"), context.zone()))
                    .required("checkAcceptComment", hazard.text("acceptComment"), 1000);
        } else {
            draft.optional("checkAcceptPerson", hazard.text("acceptPerson"), 100)
                    .put("checkAcceptTime", RecordDates.dateTime(hazard.text("acceptTime"), context.zone()))
                    .optional("checkAcceptComment", hazard.text("acceptComment"), 1000);
        }
        draft.put("dangerState", dangerState)
                .code("managementClassification", hazard.text("managementClassification"),
                        NationalCodes.MANAGEMENT_CLASSIFICATION, false, null)
                .code("occurrenceLink", hazard.text("occurrenceLink"), NationalCodes.OCCURRENCE_LINK, false, null)
                .put("attachments1", photos(context, hazard, List.of("photoIds", "recordPhotoIds"),
                        List.of(PhotoOrigin.HAZARD, PhotoOrigin.INSPECTION)))
                .put("attachments2", photos(context, hazard, List.of("afterPhotoIds"), List.of(PhotoOrigin.HAZARD)))
                .parent(RecordType.CONTROL_MEASURE, measureId)
                .parent(RecordType.CHECK_RECORD, recordId);
        if (dangerState == null) {
            draft.problem("dangerState: internal state " + hazard.text("state") + " has no national code; held back");
        } else if (!NationalCodes.DANGER_STATE.contains(dangerState)) {
            draft.problem("dangerState: " + dangerState + " is not one of " + NationalCodes.DANGER_STATE);
        }
        if (measureId == null && (foundBy != null || hazard.text("taskId") != null)) {
            draft.problem("riskMeasureId is required for a hazard found by an inspection task");
        }
        return draft.build();
    }

    /**
     * The photo references of one attachment, in order of preference ({@code fields[i]} kept by {@code origins[i]});
     * null when there are none (or the hazard is withdrawn).
     */
    static List<String> photos(RecordContext context, Facts hazard, List<String> fields, List<PhotoOrigin> origins) {
        if (context.deleted()) {
            return null;
        }
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            for (Object id : hazard.list(fields.get(i))) {
                if (id instanceof String text && !text.isBlank()) {
                    String ref = new PhotoRef(origins.get(i), text).text();
                    if (!refs.contains(ref)) {
                        refs.add(ref);
                    }
                }
            }
        }
        return refs.isEmpty() ? null : List.copyOf(refs);
    }

    /** How it is remediated; a major hazard is never fixed on the spot (限期整改), also before its plan is set. */
    private static String manageType(Facts hazard) {
        String manageType = hazard.text("manageType");
        return manageType == null && "MAJOR".equals(hazard.text("level")) ? "BY_DEADLINE" : manageType;
    }

    /** The national state; a major hazard travels from registration on (as remediating). */
    private static String dangerState(Facts hazard) {
        String national = hazard.text("nationalState");
        if (national != null) {
            return national;
        }
        return "MAJOR".equals(hazard.text("level")) ? "0" : null;
    }
}
