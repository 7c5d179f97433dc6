package cn.dualprevention.sandbox.hub.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Valid records of every type (the specification's default profile), to break one rule at a time. */
public final class Records {

    public static final String COMPANY = "123456789";
    public static final String CREDIT_CODE = "91110000MA0012345X";

    private Records() {
    }

    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    public static Map<String, Object> common(String id) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("companyCode", COMPANY);
        r.put("tyshxydm", CREDIT_CODE);
        r.put("deleted", "0");
        r.put("createDate", "20260301083000");
        r.put("updateDate", "20260301083000");
        r.put("createBy", "张三");
        r.put("updateBy", "张三");
        return r;
    }

    public static Map<String, Object> riskUnit(String id) {
        Map<String, Object> r = common(id);
        r.put("hazardCode", "HS-001");
        r.put("hazardDep", "生产一部");
        r.put("hazardLiablePerson", "李四");
        r.put("riskUnitName", "液氯储罐区");
        r.put("riskClass", "1");
        r.put("longitude", new java.math.BigDecimal("116.397"));
        r.put("latitude", new java.math.BigDecimal("39.908"));
        r.put("isOverhaul", "0");
        return r;
    }

    public static Map<String, Object> unitStop(String id, String unitId) {
        Map<String, Object> r = common(id);
        r.put("riskUnitId", unitId);
        r.put("stopStartTime", "20260302080000");
        r.put("stopEndTime", "20260303080000");
        r.put("stopReason", "年度检修");
        return r;
    }

    public static Map<String, Object> riskEvent(String id, String unitId) {
        Map<String, Object> r = common(id);
        r.put("riskUnitId", unitId);
        r.put("riskEventName", "液氯泄漏中毒");
        return r;
    }

    public static Map<String, Object> controlMeasure(String id, String eventId) {
        Map<String, Object> r = common(id);
        r.put("riskEventId", eventId);
        r.put("dataSrc", "2");
        r.put("riskMeasureDesc", "储罐液位高报警联锁");
        r.put("classify1", "1");
        r.put("classify2", "1-4");
        r.put("classify3", "液位联锁");
        r.put("troubleshootContent", "检查液位联锁是否投用");
        return r;
    }

    public static Map<String, Object> checkTask(String id, String measureId) {
        Map<String, Object> r = common(id);
        r.put("riskMeasureId", measureId);
        r.put("troubleshootContent", "检查液位联锁是否投用");
        r.put("checkCycle", 1);
        r.put("checkCycleUnit", "天");
        r.put("taskStartTime", "20260301000000");
        r.put("workDayType", "0");
        r.put("workType", "0");
        return r;
    }

    public static Map<String, Object> checkRecord(String id, String taskId) {
        Map<String, Object> r = common(id);
        r.put("checkTaskId", taskId);
        r.put("checkTime", "20260302093000");
        r.put("checkStatus", "0");
        r.put("mobileMe", "device-01");
        r.put("isDefend", "0");
        r.put("createByMobile", "13812345678");
        r.put("updateByMobile", "13812345678");
        return r;
    }

    public static Map<String, Object> hiddenDanger(String id, String measureId, String recordId) {
        Map<String, Object> r = common(id);
        r.put("hazardCode", "HS-001");
        r.put("riskMeasureId", measureId);
        r.put("checkRecordId", recordId);
        r.put("dangerName", "液位计失灵");
        r.put("dangerLevel", "0");
        r.put("registTime", "20260302093500");
        r.put("registrant", "王五");
        r.put("dangerSrc", "1");
        r.put("dangerManageType", "1");
        r.put("hazardDangerType", "4");
        r.put("hazardCategory", "0");
        r.put("dangerDesc", "1#储罐液位计显示卡滞");
        r.put("dangerReason", "仪表老化");
        r.put("controlMeasures", "更换液位计");
        r.put("cost", "5000元");
        r.put("liablePerson", "赵六");
        r.put("dangerManageDeadline", "20260310");
        r.put("dangerState", "0");
        r.put("managementClassification", "2");
        r.put("occurrenceLink", "6");
        return r;
    }

    /** A valid record of the type with made-up parent ids. */
    public static Map<String, Object> of(RecordType type) {
        String id = newId();
        return switch (type) {
            case RISK_UNIT -> riskUnit(id);
            case UNIT_STOP -> unitStop(id, newId());
            case RISK_EVENT -> riskEvent(id, newId());
            case CONTROL_MEASURE -> controlMeasure(id, newId());
            case CHECK_TASK -> checkTask(id, newId());
            case CHECK_RECORD -> checkRecord(id, newId());
            case HIDDEN_DANGER -> hiddenDanger(id, newId(), newId());
        };
    }

    /** A minimal JPEG (magic bytes only matter to the receiver), base64. */
    public static String jpegBase64() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }

    public static String pngBase64() {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }
}
