package cn.dualprevention.exchange.record.domain;

import java.util.Set;

/** 安全风险管控措施 — {@code controlMeasure}, from risk-service's {@code risk.measure.*} events. */
public final class ControlMeasureMapper extends RecordMapper {

    public ControlMeasureMapper() {
        super(RecordType.CONTROL_MEASURE, "measureId",
                Set.of("risk.measure.created.v1", "risk.measure.updated.v1", "risk.measure.deleted.v1"),
                Set.of("risk.measure.deleted.v1"));
    }

    @Override
    public BuiltRecord map(String eventType, Facts measure, RecordContext context) {
        String controlMode = measure.text("controlMode");
        String classify1 = measure.text("classify1");
        String classify2 = measure.text("classify2");
        RecordDraft draft = draft(eventType, measure, context)
                .required("riskEventId", measure.text("riskEventId"))
                .code("dataSrc", NationalCodes.code(NationalCodes.DATA_SRC, controlMode), NationalCodes.DATA_SRC.values(),
                        true, controlMode)
                .required("riskMeasureDesc", measure.text("description"), 4000)
                .optional("classify1", classify1, 100)
                .optional("classify2", classify2, 100)
                .optional("classify3", measure.text("classify3"), 100)
                .required("troubleshootContent", measure.text("troubleshootContent"), 1000)
                .parent(RecordType.RISK_EVENT, measure.text("riskEventId"));
        if (classify1 != null && !NationalCodes.CLASSIFY.containsKey(classify1)) {
            draft.problem("classify1: " + classify1 + " is not one of " + NationalCodes.CLASSIFY.keySet());
        } else if (classify2 != null && (classify1 == null || !NationalCodes.CLASSIFY.get(classify1).contains(classify2))) {
            draft.problem("classify2: " + classify2 + " is not a subclass of classify1 " + classify1);
        }
        return draft.build();
    }
}
