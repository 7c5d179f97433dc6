package cn.dualprevention.sandbox.hub.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** 安全风险分析单元 ({@code riskUnit}). */
final class RiskUnitRules implements RecordRules.TypeRules {

    private static final Pattern MAJOR_HAZARD_CODE = Pattern.compile("\\d{12}");

    @Override
    public void check(RecordCheck c) {
        ReceiverProfile p = c.profile();
        if (p.splitHazardCode()) {
            c.matches("hazardCode", MAJOR_HAZARD_CODE, "a major hazard source code (12 digits)", false);
            c.maxWidth("hazardCode1", 36, false);
        } else {
            c.maxWidth("hazardCode", 36, false);
            c.wrongVariant("hazardCode1", "hazardCode");
        }
        c.maxWidth("hazardDep", 200, true);
        c.maxWidth("hazardLiablePerson", 20, true);
        c.maxWidth("riskUnitName", 200, true);
        String riskClass = c.required("riskClass");
        if (riskClass != null && p.riskClass().level(riskClass).isEmpty()) {
            c.violation("riskClass", "code", "'" + riskClass + "' is not a risk level code of this receiver ("
                    + p.riskClass().describe() + ")");
        }
        c.number("longitude", false, BigDecimal.valueOf(-180), BigDecimal.valueOf(180));
        c.number("latitude", false, BigDecimal.valueOf(-90), BigDecimal.valueOf(90));
        c.code("isOverhaul", CodeTables.YES_NO, false);
    }
}
