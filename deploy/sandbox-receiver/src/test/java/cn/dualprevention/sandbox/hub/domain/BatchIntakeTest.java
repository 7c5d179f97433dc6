package cn.dualprevention.sandbox.hub.domain;

import cn.dualprevention.sandbox.fault.domain.Faults;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class BatchIntakeTest {

    private static final Account A = new Account("ent-a", "pw-a", "0123456789abcdef", "fedcba9876543210");
    private static final Account B = new Account("ent-b", "pw-b", "0123456789abcdef", "fedcba9876543210",
            "987654321", null);
    private static final ReceiverProfile HUB = ReceiverProfile.named("hub").account(A).account(B).build();
    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    private final RecordLedger ledger = new RecordLedger(100_000, 1000);
    private final BatchIntake intake = new BatchIntake(ledger);

    private BatchOutcome send(ReceiverProfile p, Account account, RecordType type, List<Map<String, Object>> records) {
        return intake.receive(p, account, type, records, "batch-1", RecordFault.NONE, NOW);
    }

    private RecordResult sendOne(RecordType type, Map<String, Object> record) {
        return send(HUB, A, type, List.of(record)).results().get(0);
    }

    @Test
    void parents_first_through_all_seven_types() {
        String unit = Records.newId();
        String stop = Records.newId();
        String event = Records.newId();
        String measure = Records.newId();
        String task = Records.newId();
        String record = Records.newId();
        String hazard = Records.newId();

        RecordResult early = sendOne(RecordType.RISK_EVENT, Records.riskEvent(event, unit));
        assertThat(early.success()).isFalse();
        assertThat(early.msg()).isEqualTo("riskUnitId: parent riskUnit " + unit
                + " not found — please upload the risk unit first (请先上传安全风险分析单元)");
        assertThat(early.errors()).extracting(Violation::rule).containsExactly("parent-exists");

        assertThat(sendOne(RecordType.RISK_UNIT, Records.riskUnit(unit)).action()).isEqualTo(RecordAction.INSERTED);
        assertThat(sendOne(RecordType.UNIT_STOP, Records.unitStop(stop, unit)).success()).isTrue();
        assertThat(sendOne(RecordType.RISK_EVENT, Records.riskEvent(event, unit)).action())
                .isEqualTo(RecordAction.INSERTED);
        assertThat(sendOne(RecordType.CHECK_TASK, Records.checkTask(task, measure)).msg())
                .contains("please upload the control measure first (请先上传管控措施)");
        assertThat(sendOne(RecordType.CONTROL_MEASURE, Records.controlMeasure(measure, event)).success()).isTrue();
        assertThat(sendOne(RecordType.CHECK_TASK, Records.checkTask(task, measure)).success()).isTrue();
        assertThat(sendOne(RecordType.HIDDEN_DANGER, Records.hiddenDanger(hazard, measure, record)).errors())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("checkRecordId", "parent-exists"));
        assertThat(sendOne(RecordType.CHECK_RECORD, Records.checkRecord(record, task)).success()).isTrue();
        assertThat(sendOne(RecordType.HIDDEN_DANGER, Records.hiddenDanger(hazard, measure, record)).success()).isTrue();

        assertThat(ledger.find("hub", RecordType.RISK_EVENT, event)).get().satisfies(r -> {
            assertThat(r.received()).isEqualTo(2);
            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.rejected()).isEqualTo(1);
            assertThat(r.updates()).isZero();
        });
    }

    @Test
    void a_hazard_found_by_a_task_is_bound_to_that_tasks_measure() {
        ReceiverProfile lax = HUB.toBuilder().build();
        String unit = Records.newId();
        String event = Records.newId();
        String measure = Records.newId();
        String otherMeasure = Records.newId();
        String task = Records.newId();
        String record = Records.newId();
        send(lax, A, RecordType.RISK_UNIT, List.of(Records.riskUnit(unit)));
        send(lax, A, RecordType.RISK_EVENT, List.of(Records.riskEvent(event, unit)));
        send(lax, A, RecordType.CONTROL_MEASURE, List.of(Records.controlMeasure(measure, event),
                Records.controlMeasure(otherMeasure, event)));
        send(lax, A, RecordType.CHECK_TASK, List.of(Records.checkTask(task, measure)));
        send(lax, A, RecordType.CHECK_RECORD, List.of(Records.checkRecord(record, task)));
        RecordResult wrong = sendOne(RecordType.HIDDEN_DANGER, Records.hiddenDanger(Records.newId(), otherMeasure, record));
        assertThat(wrong.errors()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("riskMeasureId", "consistency"));
        assertThat(sendOne(RecordType.HIDDEN_DANGER, Records.hiddenDanger(Records.newId(), measure, record)).success())
                .isTrue();
    }

    @Test
    void hazard_bound_to_a_missing_measure_is_rejected() {
        RecordResult r = sendOne(RecordType.HIDDEN_DANGER, Records.hiddenDanger(Records.newId(), Records.newId(), null));
        assertThat(r.errors()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("riskMeasureId", "parent-exists"));
    }

    @Test
    void parent_checks_can_be_off() {
        ReceiverProfile lax = HUB.toBuilder().parentChecks(false).build();
        BatchOutcome o = send(lax, A, RecordType.CHECK_RECORD, List.of(Records.of(RecordType.CHECK_RECORD)));
        assertThat(o.results()).extracting(RecordResult::action).containsExactly(RecordAction.INSERTED);
    }

    @Test
    void a_parent_of_another_enterprise_does_not_count() {
        String unit = Records.newId();
        Map<String, Object> foreignUnit = Records.riskUnit(unit);
        foreignUnit.put("companyCode", "987654321");
        foreignUnit.remove("tyshxydm");
        assertThat(send(HUB, B, RecordType.RISK_UNIT, List.of(foreignUnit)).accepted()).isEqualTo(1);
        RecordResult r = sendOne(RecordType.RISK_EVENT, Records.riskEvent(Records.newId(), unit));
        assertThat(r.errors()).extracting(Violation::rule).containsExactly("parent-enterprise");
    }

    @Test
    void a_re_send_is_an_update_and_identical_re_sends_are_counted_as_duplicates() {
        String id = Records.newId();
        Map<String, Object> unit = Records.riskUnit(id);
        assertThat(sendOne(RecordType.RISK_UNIT, unit).action()).isEqualTo(RecordAction.INSERTED);
        RecordResult again = sendOne(RecordType.RISK_UNIT, new java.util.LinkedHashMap<>(unit));
        assertThat(again.action()).isEqualTo(RecordAction.UPDATED);
        assertThat(again.msg()).isEqualTo("accepted (updated)");
        unit.put("riskClass", "2");
        unit.put("updateDate", "20260305100000");
        assertThat(sendOne(RecordType.RISK_UNIT, unit).action()).isEqualTo(RecordAction.UPDATED);
        unit.put("deleted", "1");
        assertThat(sendOne(RecordType.RISK_UNIT, unit).action()).isEqualTo(RecordAction.UPDATED);

        HeldRecord held = ledger.find("hub", RecordType.RISK_UNIT, id).orElseThrow();
        assertThat(held.accepted()).isEqualTo(4);
        assertThat(held.updates()).isEqualTo(3);
        assertThat(held.duplicates()).isEqualTo(1);
        assertThat(held.deleted()).isTrue();
        assertThat(held.fields()).containsEntry("riskClass", "2");
        assertThat(ledger.summary("hub")).singleElement().satisfies(row -> {
            assertThat(row.held()).isEqualTo(1);
            assertThat(row.deleted()).isEqualTo(1);
            assertThat(row.received()).isEqualTo(4);
            assertThat(row.duplicates()).isEqualTo(1);
        });
    }

    @Test
    void one_enterprise_one_account() {
        Map<String, Object> first = Records.riskUnit(Records.newId());
        assertThat(sendOne(RecordType.RISK_UNIT, first).success()).isTrue();
        Map<String, Object> other = Records.riskUnit(Records.newId());
        other.put("companyCode", "555555555");
        other.remove("tyshxydm");
        assertThat(sendOne(RecordType.RISK_UNIT, other).errors()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("companyCode", "account-enterprise"));

        Map<String, Object> notB = Records.riskUnit(Records.newId());
        assertThat(send(HUB, B, RecordType.RISK_UNIT, List.of(notB)).results().get(0).msg())
                .contains("account ent-b sends for enterprise 987654321, not 123456789");
    }

    @Test
    void records_belong_to_the_account_that_first_sent_them() {
        ReceiverProfile shared = ReceiverProfile.named("shared").account(A)
                .account(new Account("ent-c", "pw", "0123456789abcdef", "fedcba9876543210")).parentChecks(false)
                .build();
        String id = Records.newId();
        assertThat(send(shared, A, RecordType.RISK_UNIT, List.of(Records.riskUnit(id))).accepted()).isEqualTo(1);
        Map<String, Object> stolen = Records.riskUnit(id);
        stolen.put("companyCode", "444444444");
        stolen.remove("tyshxydm");
        Account c = shared.account("ent-c").orElseThrow();
        assertThat(send(shared, c, RecordType.RISK_UNIT, List.of(stolen)).results().get(0).errors())
                .extracting(Violation::rule).containsExactly("ownership");
    }

    @Test
    void company_code_and_credit_code_stay_together() {
        assertThat(sendOne(RecordType.RISK_UNIT, Records.riskUnit(Records.newId())).success()).isTrue();
        Map<String, Object> r = Records.riskUnit(Records.newId());
        r.put("tyshxydm", "91110000MA00ZZZZZZ");
        assertThat(sendOne(RecordType.RISK_UNIT, r).errors()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("tyshxydm", "consistency"));

        Account pinned = new Account("ent-d", "pw", "0123456789abcdef", "fedcba9876543210", "222222222",
                "91110000MA0099999X");
        ReceiverProfile p = ReceiverProfile.named("pinned").account(pinned).build();
        Map<String, Object> d = Records.riskUnit(Records.newId());
        d.put("companyCode", "222222222");
        assertThat(send(p, pinned, RecordType.RISK_UNIT, List.of(d)).results().get(0).errors())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("tyshxydm", "consistency"));
    }

    @Test
    void whole_batch_mode_stores_nothing_when_one_record_is_bad() {
        ReceiverProfile strict = HUB.toBuilder().batchMode(BatchMode.WHOLE_BATCH).build();
        Map<String, Object> good = Records.riskUnit(Records.newId());
        Map<String, Object> bad = Records.riskUnit(Records.newId());
        bad.remove("riskUnitName");
        BatchOutcome o = send(strict, A, RecordType.RISK_UNIT, List.of(good, bad));
        assertThat(o.wholeBatchRejected()).isTrue();
        assertThat(o.accepted()).isZero();
        assertThat(o.results().get(0).errors()).extracting(Violation::rule).containsExactly("batch");
        assertThat(o.results().get(1).msg()).isEqualTo("riskUnitName: required (必填)");
        assertThat(ledger.count(HeldRecord::held)).isZero();

        BatchOutcome retry = send(strict, A, RecordType.RISK_UNIT, List.of(good));
        assertThat(retry.wholeBatchRejected()).isFalse();
        assertThat(retry.accepted()).isEqualTo(1);
    }

    @Test
    void every_nth_record_is_rejected_while_the_fault_is_on() {
        Faults faults = new Faults();
        faults.rejectEvery(3);
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            records.add(Records.riskUnit(Records.newId()));
        }
        BatchOutcome o = intake.receive(HUB, A, RecordType.RISK_UNIT, records, "b", faults, NOW);
        assertThat(o.results()).extracting(RecordResult::success)
                .containsExactly(true, true, false, true, true, false, true);
        assertThat(o.results().get(2).errors()).extracting(Violation::rule).containsExactly("fault");
        assertThat(ledger.rejects(r -> true)).hasSize(2);
        faults.reset();
        assertThat(intake.receive(HUB, A, RecordType.RISK_UNIT, records, "c", faults, NOW).rejected()).isZero();
    }

    @Test
    void clearing_forgets_one_profile_or_all() {
        ReceiverProfile other = ReceiverProfile.named("other").account(A).build();
        sendOne(RecordType.RISK_UNIT, Records.riskUnit(Records.newId()));
        assertThat(send(other, A, RecordType.RISK_UNIT, List.of(Records.riskUnit(Records.newId()))).results())
                .extracting(RecordResult::msg).containsExactly("accepted (inserted)");
        Map<String, Object> bad = Records.riskUnit(Records.newId());
        bad.remove("riskClass");
        sendOne(RecordType.RISK_UNIT, bad);
        ledger.clear("hub");
        assertThat(ledger.count(r -> r.profile().equals("hub"))).isZero();
        assertThat(ledger.rejects(r -> true)).isEmpty();
        assertThat(ledger.count(HeldRecord::held)).isEqualTo(1);
        ledger.clear(null);
        assertThat(ledger.count(r -> true)).isZero();
        assertThat(ledger.hasRoomFor(100_000)).isTrue();
    }

    @Test
    void rejections_are_kept_up_to_the_bound() {
        RecordLedger small = new RecordLedger(10, 2);
        BatchIntake in = new BatchIntake(small);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> bad = Records.riskUnit(Records.newId());
            bad.remove("riskClass");
            in.receive(HUB, A, RecordType.RISK_UNIT, List.of(bad), "b" + i, RecordFault.NONE, NOW);
        }
        assertThat(small.rejects(r -> true)).extracting(RejectedRecord::batchId).containsExactly("b3", "b4");
        assertThat(small.summary(null)).singleElement().satisfies(row -> assertThat(row.rejected()).isEqualTo(5));
    }
}
