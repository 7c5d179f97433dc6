package cn.dualprevention.sandbox.hub.domain;

/** 安全风险管控措施 ({@code controlMeasure}). */
final class ControlMeasureRules implements RecordRules.TypeRules {

    @Override
    public void check(RecordCheck c) {
        c.recordId("riskEventId", true);
        c.code("dataSrc", CodeTables.DATA_SRC, true);
        c.maxWidth("riskMeasureDesc", 4000, true);
        String classify1 = c.code("classify1", CodeTables.CLASSIFY1, false);
        String classify2 = c.code("classify2", CodeTables.CLASSIFY2, false);
        if (classify2 != null && CodeTables.CLASSIFY2.contains(classify2)) {
            String parent = classify2.substring(0, classify2.indexOf('-'));
            if (classify1 == null) {
                c.violation("classify1", "required", "required with classify2 " + classify2);
            } else if (!parent.equals(classify1)) {
                c.violation("classify2", "consistency", classify2 + " is not under classify1 " + classify1);
            }
        }
        c.maxWidth("classify1", 100, false);
        c.maxWidth("classify2", 100, false);
        c.maxWidth("classify3", 100, false);
        c.required("troubleshootContent");
    }
}
