package cn.dualprevention.exchange.record.domain;

import org.junit.jupiter.api.Test;

import static cn.dualprevention.exchange.record.domain.Contexts.facts;
import static cn.dualprevention.exchange.record.domain.Contexts.with;
import static org.assertj.core.api.Assertions.assertThat;

class CheckTaskMapperTest {

    private static final String TASK_ID = "0195f3a2-7c1e-7d3a-9b1e-00000000a001";
    private static final Facts TASK = facts("taskId", TASK_ID, "measureId", "0195f3a2-7c1e-7d3a-9b1e-00000000c001",
            "troubleshootContent", "检查储罐液位计读数是否正常", "cycle", 1, "cycleUnit", "DAY",
            "taskStartTime", "2026-03-01T00:00:00Z", "workDayType", "EVERY_DAY", "workType", "ROUTINE");
    private final CheckTaskMapper mapper = new CheckTaskMapper();

    @Test
    void aDailyRoutineTaskBecomesACheckTaskRecordBoundToItsMeasure() {
        BuiltRecord built = mapper.map("inspection.task.defined.v1", TASK, Contexts.fresh());
        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.fields()).containsEntry("id", TASK_ID)
                .containsEntry("riskMeasureId", "0195f3a2-7c1e-7d3a-9b1e-00000000c001")
                .containsEntry("checkCycle", "1").containsEntry("checkCycleUnit", "天")
                .containsEntry("taskStartTime", "20260301080000").containsEntry("workDayType", "0")
                .containsEntry("workType", "0").doesNotContainKey("workStartTime");
        assertThat(built.parents()).containsExactly(new RecordRef(RecordType.CONTROL_MEASURE, "0195f3a2-7c1e-7d3a-9b1e-00000000c001"));
    }

    @Test
    void cycleUnitsTravelInChineseAndWeeksAndQuartersAreConvertedForReceiversWithoutThem() {
        assertThat(unitOf(1, "HOUR")).isEqualTo("1 小时");
        assertThat(unitOf(1, "MONTH")).isEqualTo("1 月");
        assertThat(unitOf(1, "YEAR")).isEqualTo("1 年");
        assertThat(unitOf(1, "WEEK")).isEqualTo("7 天");
        assertThat(unitOf(2, "WEEK")).isEqualTo("14 天");
        assertThat(unitOf(1, "QUARTER")).isEqualTo("3 月");
        CheckCycle weekly = CheckCycle.of(java.math.BigDecimal.ONE, "WEEK", true);
        assertThat(weekly.cycleText() + " " + weekly.unit()).isEqualTo("1 周");
        assertThat(CheckCycle.of(java.math.BigDecimal.ONE, "QUARTER", true).unit()).isEqualTo("季度");
    }

    @Test
    void anHourlyTaskNeedsItsDailyWindowAsHmmss() {
        Facts hourly = with(TASK, "cycleUnit", "HOUR", "cycle", 2, "workStartTime", "08:00", "workEndTime", "17:30:00");
        BuiltRecord built = mapper.map("inspection.task.defined.v1", hourly, Contexts.fresh());
        assertThat(built.sendable()).isTrue();
        assertThat(built.fields()).containsEntry("workStartTime", "8:00:00").containsEntry("workEndTime", "17:30:00");

        Facts noWindow = with(TASK, "cycleUnit", "HOUR");
        assertThat(mapper.map("inspection.task.defined.v1", noWindow, Contexts.fresh()).problems())
                .containsExactly("workStartTime is required", "workEndTime is required");
    }

    @Test
    void workDayTypeAndWorkTypeFollowTheCodeTables() {
        assertThat(mapper.map("x", with(TASK, "workDayType", "WORKING_DAYS"), Contexts.fresh()).field("workDayType")).isEqualTo("1");
        assertThat(mapper.map("x", with(TASK, "workDayType", "NON_WORKING_DAYS"), Contexts.fresh()).field("workDayType")).isEqualTo("2");
        assertThat(mapper.map("x", with(TASK, "workType", "MAIN", "taskNum", 9), Contexts.fresh()).fields())
                .containsEntry("workType", "1").containsEntry("taskNum", "9");
        assertThat(mapper.map("x", with(TASK, "workType", "TECHNICAL", "taskNum", 1), Contexts.fresh()).field("workType")).isEqualTo("2");
        assertThat(mapper.map("x", with(TASK, "workType", "OPERATIONAL", "taskNum", 10), Contexts.fresh()).sendable()).isTrue();
    }

    @Test
    void aBaobaoTaskNeedsItsChecklistItemNumber() {
        assertThat(mapper.map("x", with(TASK, "workType", "MAIN"), Contexts.fresh()).problems()).containsExactly("taskNum is required");
        assertThat(mapper.map("x", with(TASK, "workType", "MAIN", "taskNum", 10), Contexts.fresh()).problems())
                .singleElement().asString().contains("taskNum must be an item 1–9");
        assertThat(mapper.map("x", with(TASK, "workType", "OPERATIONAL", "taskNum", 11), Contexts.fresh()).problems())
                .singleElement().asString().contains("1–10");
    }

    @Test
    void aTaskBreakingTheSpecificationIsHeld() {
        BuiltRecord built = mapper.map("x", with(TASK, "cycle", 0, "troubleshootContent", "检".repeat(501), "cycleUnit", "DECADE"),
                Contexts.fresh());
        assertThat(built.problems()).containsExactlyInAnyOrder("checkCycle must be greater than 0",
                "checkCycleUnit: no national code for DECADE",
                "troubleshootContent is 1002 wide, the limit is 1000 (a Chinese character counts as two)");
    }

    @Test
    void aRetiredTaskTravelsAsDeleted() {
        BuiltRecord built = mapper.map("inspection.task.retired.v1", TASK, Contexts.of(MappingProfile.DEFAULT, true, RecordLookup.NONE));
        assertThat(built.field("deleted")).isEqualTo("1");
        assertThat(mapper.deletionTypes()).containsExactly("inspection.task.retired.v1");
    }

    private String unitOf(int cycle, String unit) {
        BuiltRecord built = mapper.map("x", with(TASK, "cycle", cycle, "cycleUnit", unit, "workStartTime", "8:00",
                "workEndTime", "18:00"), Contexts.fresh());
        return built.field("checkCycle") + " " + built.field("checkCycleUnit");
    }
}
