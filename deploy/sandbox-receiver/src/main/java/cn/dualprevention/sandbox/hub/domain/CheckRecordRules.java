package cn.dualprevention.sandbox.hub.domain;

import java.util.regex.Pattern;

/** 隐患排查记录 ({@code checkRecord}). */
final class CheckRecordRules implements RecordRules.TypeRules {

    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    @Override
    public void check(RecordCheck c) {
        c.recordId("checkTaskId", true);
        c.dateTime("checkTime", true);
        c.code("checkStatus", CodeTables.CHECK_STATUS, true);
        c.maxWidth("mobileMe", 100, false);
        c.code("isDefend", CodeTables.YES_NO, false);
        c.matches("createByMobile", MOBILE, "a mobile number (^1[3-9]\\d{9}$)", false);
        c.matches("updateByMobile", MOBILE, "a mobile number (^1[3-9]\\d{9}$)", false);
    }
}
