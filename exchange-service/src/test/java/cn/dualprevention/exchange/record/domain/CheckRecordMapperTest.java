package cn.dualprevention.exchange.record.domain;

import org.junit.jupiter.api.Test;

import static cn.dualprevention.exchange.record.domain.Contexts.facts;
import static cn.dualprevention.exchange.record.domain.Contexts.with;
import static org.assertj.core.api.Assertions.assertThat;

class CheckRecordMapperTest {

    private static final String RECORD_ID = "0195f3a2-7c1e-7d3a-9b1e-00000000d001";
    private static final String TASK_ID = "0195f3a2-7c1e-7d3a-9b1e-00000000a001";
    private static final Facts SUBMITTED = facts("recordId", RECORD_ID, "taskId", TASK_ID, "checkStatus", "NORMAL",
            "checkTime", "2026-03-02T01:30:00Z", "personName", "王强", "mobile", "13812345678", "deviceId", "HUAWEI-P60-7781",
            "workType", "ROUTINE");
    private final CheckRecordMapper mapper = new CheckRecordMapper();

    @Test
    void aSubmittedRecordBecomesACheckRecordOfItsTask() {
        BuiltRecord built = mapper.map("inspection.record.submitted.v1", SUBMITTED, Contexts.fresh());
        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.fields()).containsEntry("id", RECORD_ID).containsEntry("checkTaskId", TASK_ID)
                .containsEntry("checkTime", "20260302093000").containsEntry("checkStatus", "0")
                .containsEntry("mobileMe", "HUAWEI-P60-7781").containsEntry("isDefend", "0")
                .containsEntry("createByMobile", "13812345678").containsEntry("updateByMobile", "13812345678");
        assertThat(built.parents()).containsExactly(new RecordRef(RecordType.CHECK_TASK, TASK_ID));
    }

    @Test
    void checkStatusFollowsTheCodeTable() {
        assertThat(statusOf("HAZARD_FOUND")).isEqualTo("1");
        assertThat(statusOf("NOT_INSPECTED")).isEqualTo("2");
        assertThat(statusOf("OTHER")).isEqualTo("3");
        assertThat(mapper.map("inspection.record.submitted.v1", with(SUBMITTED, "checkStatus", "MAYBE"), Contexts.fresh())
                .problems()).containsExactly("checkStatus: no national code for MAYBE");
    }

    @Test
    void aMissedCycleTravelsAsNotInspectedAtTheEndOfItsWindow() {
        Facts missed = facts("recordId", RECORD_ID, "cycleId", "c1", "taskId", TASK_ID, "windowEnd", "2026-03-02T16:00:00Z",
                "workType", "MAIN");
        BuiltRecord built = mapper.map("inspection.cycle.missed.v1", missed, Contexts.fresh());
        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.fields()).containsEntry("checkStatus", "2").containsEntry("checkTime", "20260303000000")
                .containsEntry("isDefend", "1");
    }

    @Test
    void aBaobaoTaskRecordIsDefended() {
        assertThat(mapper.map("inspection.record.submitted.v1", with(SUBMITTED, "workType", "OPERATIONAL"), Contexts.fresh())
                .field("isDefend")).isEqualTo("1");
    }

    @Test
    void aMobileNumberThatIsNotOneIsHeld() {
        assertThat(mapper.map("inspection.record.submitted.v1", with(SUBMITTED, "mobile", "12812345678"), Contexts.fresh())
                .problems()).singleElement().asString().contains("createByMobile");
        assertThat(mapper.map("inspection.record.submitted.v1", with(SUBMITTED, "checkTime", null, "taskId", null),
                Contexts.fresh()).problems()).containsExactlyInAnyOrder("checkTaskId is required", "checkTime is required");
    }

    private Object statusOf(String status) {
        return mapper.map("inspection.record.submitted.v1", with(SUBMITTED, "checkStatus", status), Contexts.fresh())
                .field("checkStatus");
    }
}
