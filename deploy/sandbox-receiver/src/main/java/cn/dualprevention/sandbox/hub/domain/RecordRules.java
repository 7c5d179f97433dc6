package cn.dualprevention.sandbox.hub.domain;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The field rules of the data-exchange specification (数据交换规范字段规则): the common fields of every record, then
 * the rules of the record's type, read through the receiver's profile (date patterns, risk level encoding, field
 * name variants, extra required fields).
 */
public final class RecordRules {

    static final Pattern RECORD_ID = Pattern.compile(
            "[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final Pattern COMPANY_CODE = Pattern.compile("\\d{9}");
    static final Pattern TYSHXYDM = Pattern.compile("[0-9A-Z]{18}");

    private static final Map<RecordType, TypeRules> BY_TYPE = new EnumMap<>(Map.of(
            RecordType.RISK_UNIT, new RiskUnitRules(),
            RecordType.UNIT_STOP, new UnitStopRules(),
            RecordType.RISK_EVENT, new RiskEventRules(),
            RecordType.CONTROL_MEASURE, new ControlMeasureRules(),
            RecordType.CHECK_TASK, new CheckTaskRules(),
            RecordType.CHECK_RECORD, new CheckRecordRules(),
            RecordType.HIDDEN_DANGER, new HiddenDangerRules()));

    private RecordRules() {
    }

    /** Every rule the record breaks; empty when it may be stored (parents and ownership aside). */
    public static List<Violation> check(RecordType type, Map<String, Object> record, ReceiverProfile profile) {
        RecordCheck c = new RecordCheck(type, record, profile);
        common(c);
        BY_TYPE.get(type).check(c);
        c.extraRequiredFields();
        return c.violations();
    }

    private static void common(RecordCheck c) {
        c.recordId("id", true);
        c.matches("companyCode", COMPANY_CODE, "exactly 9 digits", true);
        c.matches("tyshxydm", TYSHXYDM, "exactly 18 characters 0-9 A-Z", c.profile().requireTyshxydm());
        Object deleted = c.raw("deleted");
        if (deleted != null && !(deleted instanceof String)) {
            c.violation("deleted", "type", "must be the string \"0\" or \"1\"");
        } else {
            c.code("deleted", CodeTables.DELETED, true);
        }
        LocalDateTime created = c.dateTime("createDate", true);
        LocalDateTime updated = c.dateTime("updateDate", true);
        if (created != null && updated != null && updated.isBefore(created)) {
            c.violation("updateDate", "order", "before createDate");
        }
        c.maxWidth("createBy", 50, true);
        c.maxWidth("updateBy", 50, true);
    }

    /** The rules of one record type. */
    interface TypeRules {
        void check(RecordCheck c);
    }
}
