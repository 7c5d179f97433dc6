package cn.dualprevention.sandbox.hub.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class RecordRulesTest {

    private static final ReceiverProfile SPEC = ReceiverProfile.named("spec").build();

    private static List<Violation> check(RecordType type, Map<String, Object> record, ReceiverProfile profile) {
        return RecordRules.check(type, record, profile);
    }

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void a_valid_record_of_every_type_passes(RecordType type) {
        assertThat(check(type, Records.of(type), SPEC)).isEmpty();
    }

    static Stream<Arguments> brokenRecords() {
        String w21 = "一二三四五六七八九十一"; // 11 Chinese characters = width 22
        return Stream.of(
                // common fields
                broken(RecordType.RISK_UNIT, r -> r.remove("id"), "id", "required"),
                broken(RecordType.RISK_UNIT, r -> r.put("id", "not-a-uuid"), "id", "format"),
                broken(RecordType.RISK_UNIT, r -> r.put("id", Records.newId() + "0"), "id", "format"),
                broken(RecordType.RISK_UNIT, r -> r.remove("companyCode"), "companyCode", "required"),
                broken(RecordType.RISK_UNIT, r -> r.put("companyCode", "12345678"), "companyCode", "format"),
                broken(RecordType.RISK_UNIT, r -> r.put("companyCode", "12345678A"), "companyCode", "format"),
                broken(RecordType.RISK_UNIT, r -> r.put("tyshxydm", "91110000MA0012345"), "tyshxydm", "format"),
                broken(RecordType.RISK_UNIT, r -> r.remove("deleted"), "deleted", "required"),
                broken(RecordType.RISK_UNIT, r -> r.put("deleted", 0), "deleted", "type"),
                broken(RecordType.RISK_UNIT, r -> r.put("deleted", "2"), "deleted", "code"),
                broken(RecordType.RISK_UNIT, r -> r.remove("createDate"), "createDate", "required"),
                broken(RecordType.RISK_UNIT, r -> r.put("createDate", "2026-03-01 08:30:00"), "createDate", "date-format"),
                broken(RecordType.RISK_UNIT, r -> r.put("updateDate", "20260231083000"), "updateDate", "date-format"),
                broken(RecordType.RISK_UNIT, r -> r.put("updateDate", "20260228083000"), "updateDate", "order"),
                broken(RecordType.RISK_UNIT, r -> r.remove("createBy"), "createBy", "required"),
                broken(RecordType.RISK_UNIT, r -> r.put("updateBy", "一".repeat(26)), "updateBy", "max-width"),
                broken(RecordType.RISK_UNIT, r -> r.put("createBy", Map.of("name", "x")), "createBy", "type"),
                // riskUnit
                broken(RecordType.RISK_UNIT, r -> r.put("hazardCode", "x".repeat(37)), "hazardCode", "max-width"),
                broken(RecordType.RISK_UNIT, r -> r.remove("hazardDep"), "hazardDep", "required"),
                broken(RecordType.RISK_UNIT, r -> r.put("hazardDep", "部".repeat(101)), "hazardDep", "max-width"),
                broken(RecordType.RISK_UNIT, r -> r.put("hazardLiablePerson", w21), "hazardLiablePerson", "max-width"),
                broken(RecordType.RISK_UNIT, r -> r.remove("hazardLiablePerson"), "hazardLiablePerson", "required"),
                broken(RecordType.RISK_UNIT, r -> r.put("riskUnitName", " "), "riskUnitName", "required"),
                broken(RecordType.RISK_UNIT, r -> r.put("riskUnitName", "单".repeat(101)), "riskUnitName", "max-width"),
                broken(RecordType.RISK_UNIT, r -> r.remove("riskClass"), "riskClass", "required"),
                broken(RecordType.RISK_UNIT, r -> r.put("riskClass", "0"), "riskClass", "code"),
                broken(RecordType.RISK_UNIT, r -> r.put("longitude", new BigDecimal("180.5")), "longitude", "range"),
                broken(RecordType.RISK_UNIT, r -> r.put("latitude", "north"), "latitude", "format"),
                broken(RecordType.RISK_UNIT, r -> r.put("isOverhaul", "2"), "isOverhaul", "code"),
                broken(RecordType.RISK_UNIT, r -> r.put("hazardCode1", "HS-2"), "hazardCode1", "field-variant"),
                // unitStop
                broken(RecordType.UNIT_STOP, r -> r.remove("riskUnitId"), "riskUnitId", "required"),
                broken(RecordType.UNIT_STOP, r -> r.put("riskUnitId", "unit-1"), "riskUnitId", "format"),
                broken(RecordType.UNIT_STOP, r -> r.remove("stopStartTime"), "stopStartTime", "required"),
                broken(RecordType.UNIT_STOP, r -> r.put("stopEndTime", "20260301080000"), "stopEndTime", "order"),
                // riskEvent
                broken(RecordType.RISK_EVENT, r -> r.remove("riskUnitId"), "riskUnitId", "required"),
                broken(RecordType.RISK_EVENT, r -> r.remove("riskEventName"), "riskEventName", "required"),
                broken(RecordType.RISK_EVENT, r -> r.put("riskEventName", "事".repeat(251)), "riskEventName", "max-width"),
                // controlMeasure
                broken(RecordType.CONTROL_MEASURE, r -> r.remove("riskEventId"), "riskEventId", "required"),
                broken(RecordType.CONTROL_MEASURE, r -> r.remove("dataSrc"), "dataSrc", "required"),
                broken(RecordType.CONTROL_MEASURE, r -> r.remove("riskMeasureDesc"), "riskMeasureDesc", "required"),
                broken(RecordType.CONTROL_MEASURE, r -> r.put("riskMeasureDesc", "措".repeat(2001)), "riskMeasureDesc", "max-width"),
                broken(RecordType.CONTROL_MEASURE, r -> r.put("classify2", "2-1"), "classify2", "consistency"),
                broken(RecordType.CONTROL_MEASURE, r -> r.remove("classify1"), "classify1", "required"),
                broken(RecordType.CONTROL_MEASURE, r -> r.put("classify3", "x".repeat(101)), "classify3", "max-width"),
                broken(RecordType.CONTROL_MEASURE, r -> r.remove("troubleshootContent"), "troubleshootContent", "required"),
                // checkTask
                broken(RecordType.CHECK_TASK, r -> r.remove("riskMeasureId"), "riskMeasureId", "required"),
                broken(RecordType.CHECK_TASK, r -> r.put("troubleshootContent", "查".repeat(501)), "troubleshootContent", "max-width"),
                broken(RecordType.CHECK_TASK, r -> r.remove("troubleshootContent"), "troubleshootContent", "required"),
                broken(RecordType.CHECK_TASK, r -> r.remove("checkCycle"), "checkCycle", "required"),
                broken(RecordType.CHECK_TASK, r -> r.put("checkCycle", 0), "checkCycle", "range"),
                broken(RecordType.CHECK_TASK, r -> r.put("checkCycle", -2), "checkCycle", "range"),
                broken(RecordType.CHECK_TASK, r -> r.put("checkCycle", new BigDecimal("1.5")), "checkCycle", "format"),
                broken(RecordType.CHECK_TASK, r -> r.put("checkCycle", "daily"), "checkCycle", "format"),
                broken(RecordType.CHECK_TASK, r -> r.remove("checkCycleUnit"), "checkCycleUnit", "required"),
                broken(RecordType.CHECK_TASK, r -> r.put("taskStartTime", "2026-03-01"), "taskStartTime", "date-format"),
                broken(RecordType.CHECK_TASK, r -> r.put("checkCycleUnit", "小时"), "workStartTime", "required"),
                broken(RecordType.CHECK_TASK, r -> hourly(r, "8:00", "18:00:00"), "workStartTime", "date-format"),
                broken(RecordType.CHECK_TASK, r -> hourly(r, "8:00:00", "8:00:00"), "workEndTime", "order"),
                broken(RecordType.CHECK_TASK, r -> r.put("workType", "1"), "taskNum", "required"),
                broken(RecordType.CHECK_TASK, r -> workType(r, "1", 10), "taskNum", "range"),
                broken(RecordType.CHECK_TASK, r -> workType(r, "2", 10), "taskNum", "range"),
                broken(RecordType.CHECK_TASK, r -> workType(r, "3", 11), "taskNum", "range"),
                broken(RecordType.CHECK_TASK, r -> workType(r, "3", 0), "taskNum", "range"),
                // checkRecord
                broken(RecordType.CHECK_RECORD, r -> r.remove("checkTaskId"), "checkTaskId", "required"),
                broken(RecordType.CHECK_RECORD, r -> r.remove("checkTime"), "checkTime", "required"),
                broken(RecordType.CHECK_RECORD, r -> r.put("checkTime", "202603020930"), "checkTime", "date-format"),
                broken(RecordType.CHECK_RECORD, r -> r.remove("checkStatus"), "checkStatus", "required"),
                broken(RecordType.CHECK_RECORD, r -> r.put("createByMobile", "12812345678"), "createByMobile", "format"),
                broken(RecordType.CHECK_RECORD, r -> r.put("updateByMobile", "1381234567"), "updateByMobile", "format"),
                broken(RecordType.CHECK_RECORD, r -> r.put("isDefend", "2"), "isDefend", "code"),
                // hiddenDanger
                broken(RecordType.HIDDEN_DANGER, r -> r.remove("riskMeasureId"), "riskMeasureId", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("checkRecordId", "rec-1"), "checkRecordId", "format"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("recordId", Records.newId()), "recordId", "field-variant"),
                broken(RecordType.HIDDEN_DANGER, r -> r.remove("dangerName"), "dangerName", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("dangerName", "隐".repeat(151)), "dangerName", "max-width"),
                broken(RecordType.HIDDEN_DANGER, r -> r.remove("dangerLevel"), "dangerLevel", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.remove("registTime"), "registTime", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.remove("registrant"), "registrant", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("registrant", "登".repeat(51)), "registrant", "max-width"),
                broken(RecordType.HIDDEN_DANGER, r -> r.remove("dangerSrc"), "dangerSrc", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.remove("dangerManageType"), "dangerManageType", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.remove("hazardDangerType"), "hazardDangerType", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.remove("dangerDesc"), "dangerDesc", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("controlMeasures", "措".repeat(501)), "controlMeasures", "max-width"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("cost", "元".repeat(51)), "cost", "max-width"),
                broken(RecordType.HIDDEN_DANGER, r -> r.remove("liablePerson"), "liablePerson", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("liablePerson", "责".repeat(51)), "liablePerson", "max-width"),
                broken(RecordType.HIDDEN_DANGER, r -> r.remove("dangerManageDeadline"), "dangerManageDeadline", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("dangerManageDeadline", "20260310120000"), "dangerManageDeadline", "date-format"),
                broken(RecordType.HIDDEN_DANGER, r -> r.remove("dangerState"), "dangerState", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("dangerState", "9"), "checkAcceptPerson", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("dangerState", "9"), "checkAcceptTime", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("dangerState", "9"), "checkAcceptComment", "required"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("checkAcceptComment", "验".repeat(501)), "checkAcceptComment", "max-width"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("attachments1", "not base64!"), "attachments1", "attachment"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("attachments2",
                        java.util.Base64.getEncoder().encodeToString("GIF89a".getBytes())), "attachments2", "attachment"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("attachments1", "data:image/jpeg;base64," + Records.jpegBase64()),
                        "attachments1", "attachment"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("dangerImg", Records.jpegBase64()), "dangerImg", "field-variant"),
                broken(RecordType.HIDDEN_DANGER, r -> r.put("attachments1", tooLargePhoto()), "attachments1", "attachment"));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("brokenRecords")
    void each_field_rule_rejects(RecordType type, Consumer<Map<String, Object>> breakIt, String field, String rule) {
        Map<String, Object> record = Records.of(type);
        assertThat(check(type, record, SPEC)).isEmpty();
        breakIt.accept(record);
        assertThat(check(type, record, SPEC)).extracting(Violation::field, Violation::rule).contains(
                org.assertj.core.groups.Tuple.tuple(field, rule));
    }

    static Stream<Arguments> acceptedEdges() {
        return Stream.of(
                accepted(RecordType.RISK_UNIT, r -> r.put("id", java.util.UUID.randomUUID().toString())),
                accepted(RecordType.RISK_UNIT, r -> r.remove("tyshxydm")),
                accepted(RecordType.RISK_UNIT, r -> r.put("updateDate", "20260302083000")),
                accepted(RecordType.RISK_UNIT, r -> r.put("updateBy", "一".repeat(25))),
                accepted(RecordType.RISK_UNIT, r -> r.put("hazardLiablePerson", "一".repeat(10))),
                accepted(RecordType.RISK_UNIT, r -> r.put("deleted", "1")),
                accepted(RecordType.RISK_UNIT, r -> r.put("hazardCode", "x".repeat(36))),
                accepted(RecordType.RISK_UNIT, r -> {
                    r.remove("longitude");
                    r.remove("latitude");
                    r.remove("isOverhaul");
                    r.remove("hazardCode");
                }),
                accepted(RecordType.RISK_EVENT, r -> r.put("riskEventName", "事".repeat(250))),
                accepted(RecordType.CONTROL_MEASURE, r -> {
                    r.remove("classify1");
                    r.remove("classify2");
                    r.remove("classify3");
                }),
                accepted(RecordType.CHECK_TASK, r -> hourly(r, "8:00:00", "18:00:00")),
                accepted(RecordType.CHECK_TASK, r -> r.put("checkCycle", "12")),
                accepted(RecordType.CHECK_TASK, r -> workType(r, "1", 9)),
                accepted(RecordType.CHECK_TASK, r -> workType(r, "3", 10)),
                accepted(RecordType.CHECK_RECORD, r -> {
                    r.remove("createByMobile");
                    r.put("checkStatus", "2");
                }),
                accepted(RecordType.HIDDEN_DANGER, r -> {
                    r.remove("checkRecordId");
                    r.remove("riskMeasureId");
                }),
                accepted(RecordType.HIDDEN_DANGER, r -> {
                    r.put("dangerState", "9");
                    r.put("checkAcceptPerson", "钱七");
                    r.put("checkAcceptTime", "20260309100000");
                    r.put("checkAcceptComment", "已整改");
                }),
                accepted(RecordType.HIDDEN_DANGER, r -> {
                    r.put("attachments1", Records.jpegBase64());
                    r.put("attachments2", Records.pngBase64());
                }));
    }

    @ParameterizedTest
    @MethodSource("acceptedEdges")
    void allowed_values_pass(RecordType type, Consumer<Map<String, Object>> change) {
        Map<String, Object> record = Records.of(type);
        change.accept(record);
        assertThat(check(type, record, SPEC)).isEmpty();
    }

    static Stream<Arguments> codeTables() {
        return Stream.of(
                arguments(RecordType.RISK_UNIT, "isOverhaul", CodeTables.YES_NO),
                arguments(RecordType.CONTROL_MEASURE, "dataSrc", CodeTables.DATA_SRC),
                arguments(RecordType.CONTROL_MEASURE, "classify1", CodeTables.CLASSIFY1),
                arguments(RecordType.CHECK_TASK, "checkCycleUnit", CodeTables.CYCLE_UNIT),
                arguments(RecordType.CHECK_TASK, "workDayType", CodeTables.WORK_DAY_TYPE),
                arguments(RecordType.CHECK_RECORD, "checkStatus", CodeTables.CHECK_STATUS),
                arguments(RecordType.CHECK_RECORD, "isDefend", CodeTables.YES_NO),
                arguments(RecordType.HIDDEN_DANGER, "dangerLevel", CodeTables.DANGER_LEVEL),
                arguments(RecordType.HIDDEN_DANGER, "dangerSrc", CodeTables.DANGER_SRC),
                arguments(RecordType.HIDDEN_DANGER, "dangerManageType", CodeTables.DANGER_MANAGE_TYPE),
                arguments(RecordType.HIDDEN_DANGER, "hazardDangerType", CodeTables.HAZARD_DANGER_TYPE),
                arguments(RecordType.HIDDEN_DANGER, "hazardCategory", CodeTables.HAZARD_CATEGORY),
                arguments(RecordType.HIDDEN_DANGER, "managementClassification", CodeTables.MANAGEMENT_CLASSIFICATION),
                arguments(RecordType.HIDDEN_DANGER, "occurrenceLink", CodeTables.OCCURRENCE_LINK));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("codeTables")
    void every_code_of_a_table_passes_and_others_are_rejected(RecordType type, String field, CodeTable table) {
        for (String code : table.entries().keySet()) {
            Map<String, Object> record = Records.of(type);
            record.put(field, code);
            if (field.equals("classify1")) {
                record.remove("classify2");
            }
            if (code.equals("小时")) {
                record.put("workStartTime", "8:00:00");
                record.put("workEndTime", "17:30:00");
            }
            assertThat(check(type, record, SPEC)).as(field + " = " + code).isEmpty();
        }
        for (String wrong : List.of("11", "-1", "x", "99")) {
            Map<String, Object> record = Records.of(type);
            record.put(field, wrong);
            assertThat(check(type, record, SPEC)).as(field + " = " + wrong)
                    .extracting(Violation::field, Violation::rule)
                    .contains(org.assertj.core.groups.Tuple.tuple(field, "code"));
        }
    }

    @Test
    void dangerState_travels_only_as_0_1_9() {
        for (String state : List.of("2", "3", "8")) {
            Map<String, Object> record = Records.of(RecordType.HIDDEN_DANGER);
            record.put("dangerState", state);
            assertThat(check(RecordType.HIDDEN_DANGER, record, SPEC)).extracting(Violation::rule).contains("code");
        }
    }

    @Test
    void classify2_table_each_code_under_its_classify1() {
        for (String code : CodeTables.CLASSIFY2.entries().keySet()) {
            Map<String, Object> record = Records.of(RecordType.CONTROL_MEASURE);
            record.put("classify1", code.substring(0, 1));
            record.put("classify2", code);
            assertThat(check(RecordType.CONTROL_MEASURE, record, SPEC)).as(code).isEmpty();
        }
        Map<String, Object> record = Records.of(RecordType.CONTROL_MEASURE);
        record.put("classify2", "1-6");
        assertThat(check(RecordType.CONTROL_MEASURE, record, SPEC)).extracting(Violation::rule).contains("code");
    }

    @Test
    void a_number_where_a_code_is_expected_reads_as_its_text() {
        Map<String, Object> record = Records.of(RecordType.CHECK_RECORD);
        record.put("checkStatus", 1);
        assertThat(check(RecordType.CHECK_RECORD, record, SPEC)).isEmpty();
        record.put("checkStatus", true);
        assertThat(check(RecordType.CHECK_RECORD, record, SPEC)).extracting(Violation::rule).containsExactly("type");
    }

    @Test
    void messages_name_the_allowed_codes() {
        Map<String, Object> record = Records.of(RecordType.RISK_UNIT);
        record.put("riskClass", "5");
        assertThat(check(RecordType.RISK_UNIT, record, SPEC)).singleElement()
                .satisfies(v -> assertThat(v.text()).contains("1 重大, 2 较大, 3 一般, 4 低"));
    }

    private static void hourly(Map<String, Object> r, String start, String end) {
        r.put("checkCycleUnit", "小时");
        r.put("workStartTime", start);
        r.put("workEndTime", end);
    }

    private static void workType(Map<String, Object> r, String workType, int taskNum) {
        r.put("workType", workType);
        r.put("taskNum", taskNum);
    }

    private static String tooLargePhoto() {
        byte[] bytes = new byte[Photo.MAX_BYTES + 10];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }

    private static Arguments broken(RecordType type, Consumer<Map<String, Object>> breakIt, String field,
                                    String rule) {
        return arguments(type, breakIt, field, rule);
    }

    private static Arguments accepted(RecordType type, Consumer<Map<String, Object>> change) {
        return arguments(type, change);
    }
}
