package cn.dualprevention.sandbox.hub.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class ProfileVariantsTest {

    private static final ReceiverProfile SPEC = ReceiverProfile.named("spec").build();

    private static List<Violation> check(RecordType type, Map<String, Object> record, ReceiverProfile p) {
        return RecordRules.check(type, record, p);
    }

    @Test
    void dashed_date_formats() {
        ReceiverProfile dashed = ReceiverProfile.named("dashed").dateTimePattern("yyyy-MM-dd HH:mm:ss")
                .datePattern("yyyy-MM-dd").build();
        Map<String, Object> compact = Records.of(RecordType.HIDDEN_DANGER);
        assertThat(check(RecordType.HIDDEN_DANGER, compact, dashed)).extracting(Violation::field, Violation::rule)
                .contains(tuple("createDate", "date-format"), tuple("registTime", "date-format"),
                        tuple("dangerManageDeadline", "date-format"));

        Map<String, Object> r = Records.of(RecordType.HIDDEN_DANGER);
        r.put("createDate", "2026-03-01 08:30:00");
        r.put("updateDate", "2026-03-01 08:30:00");
        r.put("registTime", "2026-03-02 09:35:00");
        r.put("dangerManageDeadline", "2026-03-10");
        assertThat(check(RecordType.HIDDEN_DANGER, r, dashed)).isEmpty();
        assertThat(check(RecordType.HIDDEN_DANGER, r, SPEC)).extracting(Violation::rule).contains("date-format");
    }

    @Test
    void risk_level_encodings() {
        ReceiverProfile zeroMajor = ReceiverProfile.named("zm").riskClass(RiskClassEncoding.ZERO_MAJOR_FIRST).build();
        ReceiverProfile zeroLow = ReceiverProfile.named("zl").riskClass(RiskClassEncoding.ZERO_LOW_FIRST).build();
        Map<String, Object> r = Records.of(RecordType.RISK_UNIT);
        for (String code : List.of("0", "1", "2", "3")) {
            r.put("riskClass", code);
            assertThat(check(RecordType.RISK_UNIT, r, zeroMajor)).isEmpty();
            assertThat(check(RecordType.RISK_UNIT, r, zeroLow)).isEmpty();
        }
        r.put("riskClass", "0");
        assertThat(check(RecordType.RISK_UNIT, r, SPEC)).extracting(Violation::rule).containsExactly("code");
        r.put("riskClass", "4");
        assertThat(check(RecordType.RISK_UNIT, r, SPEC)).isEmpty();
        assertThat(check(RecordType.RISK_UNIT, r, zeroMajor)).extracting(Violation::rule).containsExactly("code");

        assertThat(RiskClassEncoding.ONE_MAJOR_FIRST.level("1")).contains(RiskLevel.MAJOR);
        assertThat(RiskClassEncoding.ONE_MAJOR_FIRST.level("4")).contains(RiskLevel.LOW);
        assertThat(RiskClassEncoding.ZERO_MAJOR_FIRST.level("0")).contains(RiskLevel.MAJOR);
        assertThat(RiskClassEncoding.ZERO_MAJOR_FIRST.level("3")).contains(RiskLevel.LOW);
        assertThat(RiskClassEncoding.ZERO_LOW_FIRST.level("0")).contains(RiskLevel.LOW);
        assertThat(RiskClassEncoding.ZERO_LOW_FIRST.level("3")).contains(RiskLevel.MAJOR);
        assertThat(RiskClassEncoding.ZERO_LOW_FIRST.describe()).isEqualTo("0 低, 1 一般, 2 较大, 3 重大");
        assertThat(RiskLevel.MAJOR.colour()).isEqualTo("#FE0001");
    }

    @Test
    void record_id_named_recordId() {
        ReceiverProfile p = ReceiverProfile.named("rid").checkRecordIdField("recordId").build();
        Map<String, Object> r = Records.of(RecordType.HIDDEN_DANGER);
        assertThat(check(RecordType.HIDDEN_DANGER, r, p)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("checkRecordId", "field-variant"));
        r.put("recordId", r.remove("checkRecordId"));
        assertThat(check(RecordType.HIDDEN_DANGER, r, p)).isEmpty();
        r.put("recordId", "r-1");
        assertThat(check(RecordType.HIDDEN_DANGER, r, p)).extracting(Violation::field).containsExactly("recordId");
    }

    @Test
    void photos_named_dangerImg_and_dangerAcceptImg() {
        ReceiverProfile p = ReceiverProfile.named("img").attachmentFields("dangerImg", "dangerAcceptImg").build();
        Map<String, Object> r = Records.of(RecordType.HIDDEN_DANGER);
        r.put("dangerImg", Records.jpegBase64());
        r.put("dangerAcceptImg", Records.pngBase64());
        assertThat(check(RecordType.HIDDEN_DANGER, r, p)).isEmpty();
        r.put("dangerImg", "xyz");
        assertThat(check(RecordType.HIDDEN_DANGER, r, p)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("dangerImg", "attachment"));
        r.remove("dangerImg");
        r.put("attachments2", Records.pngBase64());
        assertThat(check(RecordType.HIDDEN_DANGER, r, p)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("attachments2", "field-variant"));
    }

    @Test
    void photos_as_data_urls() {
        ReceiverProfile p = ReceiverProfile.named("url").attachmentFormat(AttachmentFormat.DATA_URL).build();
        Map<String, Object> r = Records.of(RecordType.HIDDEN_DANGER);
        r.put("attachments1", "data:image/jpeg;base64," + Records.jpegBase64());
        r.put("attachments2", "data:image/png;base64," + Records.pngBase64());
        assertThat(check(RecordType.HIDDEN_DANGER, r, p)).isEmpty();
        r.put("attachments1", Records.jpegBase64());
        r.put("attachments2", "data:image/jpeg;base64," + Records.pngBase64());
        assertThat(check(RecordType.HIDDEN_DANGER, r, p)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("attachments1", "attachment"), tuple("attachments2", "attachment"));
    }

    @Test
    void split_hazard_codes() {
        ReceiverProfile p = ReceiverProfile.named("split").splitHazardCode(true).build();
        Map<String, Object> major = Records.of(RecordType.RISK_UNIT);
        major.put("hazardCode", "370100000001");
        assertThat(check(RecordType.RISK_UNIT, major, p)).isEmpty();
        Map<String, Object> other = Records.of(RecordType.RISK_UNIT);
        other.remove("hazardCode");
        other.put("hazardCode1", "HS-001");
        assertThat(check(RecordType.RISK_UNIT, other, p)).isEmpty();
        other.put("hazardCode", "HS-001");
        assertThat(check(RecordType.RISK_UNIT, other, p)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("hazardCode", "format"));
    }

    @Test
    void decimal_check_cycles_and_week_and_quarter() {
        ReceiverProfile p = ReceiverProfile.named("dec").decimalCheckCycle(true).acceptsWeekAndQuarter(true).build();
        Map<String, Object> r = Records.of(RecordType.CHECK_TASK);
        r.put("checkCycle", new BigDecimal("0.5"));
        r.put("checkCycleUnit", "周");
        assertThat(check(RecordType.CHECK_TASK, r, p)).isEmpty();
        r.put("checkCycleUnit", "季度");
        assertThat(check(RecordType.CHECK_TASK, r, p)).isEmpty();
        assertThat(check(RecordType.CHECK_TASK, r, SPEC)).extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(tuple("checkCycle", "format"), tuple("checkCycleUnit", "code"));
        r.put("checkCycle", new BigDecimal("0"));
        assertThat(check(RecordType.CHECK_TASK, r, p)).extracting(Violation::rule).containsExactly("range");
    }

    @Test
    void tyshxydm_required_by_some_receivers() {
        ReceiverProfile p = ReceiverProfile.named("credit").requireTyshxydm(true).build();
        Map<String, Object> r = Records.of(RecordType.RISK_EVENT);
        assertThat(check(RecordType.RISK_EVENT, r, p)).isEmpty();
        r.remove("tyshxydm");
        assertThat(check(RecordType.RISK_EVENT, r, SPEC)).isEmpty();
        assertThat(check(RecordType.RISK_EVENT, r, p)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("tyshxydm", "required"));
    }

    @Test
    void extra_required_fields() {
        ReceiverProfile p = ReceiverProfile.named("strict").extraRequired(RecordType.HIDDEN_DANGER,
                "managementClassification", "occurrenceLink", "checkAcceptPerson", "checkAcceptTime").build();
        Map<String, Object> r = Records.of(RecordType.HIDDEN_DANGER);
        r.remove("managementClassification");
        r.remove("occurrenceLink");
        assertThat(check(RecordType.HIDDEN_DANGER, r, SPEC)).isEmpty();
        assertThat(check(RecordType.HIDDEN_DANGER, r, p)).extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(tuple("managementClassification", "required"),
                        tuple("occurrenceLink", "required"), tuple("checkAcceptPerson", "required"),
                        tuple("checkAcceptTime", "required"));
        r.put("managementClassification", "1");
        r.put("occurrenceLink", "10");
        r.put("checkAcceptPerson", "钱七");
        r.put("checkAcceptTime", "20260309100000");
        assertThat(check(RecordType.HIDDEN_DANGER, r, p)).isEmpty();
    }

    @Test
    void extra_required_field_no_rule_looks_at() {
        ReceiverProfile p = ReceiverProfile.named("strict").extraRequired(RecordType.RISK_EVENT, "remark").build();
        Map<String, Object> r = Records.of(RecordType.RISK_EVENT);
        assertThat(check(RecordType.RISK_EVENT, r, p)).extracting(Violation::field).containsExactly("remark");
    }

    @Test
    void paths_per_record_type() {
        ReceiverProfile p = ReceiverProfile.named("park").path(RecordType.HIDDEN_DANGER, "danger_info").build();
        assertThat(p.typeAt("danger_info")).contains(RecordType.HIDDEN_DANGER);
        assertThat(p.typeAt("hiddenDanger")).isEmpty();
        assertThat(p.typeAt("riskUnit")).contains(RecordType.RISK_UNIT);
    }

    @Test
    void impossible_settings_name_field_and_rule() {
        assertThatThrownBy(() -> ReceiverProfile.named("admin").build())
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.rule()).isEqualTo("reserved"));
        assertThatThrownBy(() -> ReceiverProfile.named("p").checkRecordIdField("rid").build())
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.field()).isEqualTo("checkRecordIdField"));
        assertThatThrownBy(() -> ReceiverProfile.named("p").attachmentFields("dangerImg", "attachments2").build())
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.field()).isEqualTo("attachmentFields"));
        assertThatThrownBy(() -> new Account("u", "p", "short", "0123456789abcdef"))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.field()).isEqualTo("key");
                    assertThat(e.rule()).isEqualTo("length");
                });
        assertThat(new Account("u", "p", "hex:000102030405060708090a0b0c0d0e0f", "base64:AAECAwQFBgcICQoLDA0ODw==")
                .keyBytes()).hasSize(16).startsWith(0, 1, 2);
    }
}
