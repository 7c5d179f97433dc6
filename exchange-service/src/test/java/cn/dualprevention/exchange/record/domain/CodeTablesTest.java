package cn.dualprevention.exchange.record.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static cn.dualprevention.exchange.record.domain.Contexts.facts;
import static cn.dualprevention.exchange.record.domain.Contexts.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 代码表 — every code of every code table of regulator-records.md, one row each, asserting the value that travels
 * (the tables the mapper tests only sampled). Together with the mapper tests this covers each table in full; the
 * list is in the README ("Spec coverage").
 */
class CodeTablesTest {

    private static final Facts HAZARD = facts("hazardId", "0195f3a2-7c1e-7d3a-9b1e-00000000e001", "hazardCode", "410100001001",
            "measureId", "0195f3a2-7c1e-7d3a-9b1e-00000000c001", "recordId", "0195f3a2-7c1e-7d3a-9b1e-00000000d001",
            "taskId", "t1", "name", "储罐液位计失灵", "level", "GENERAL", "source", "1", "hazardType", "4", "category", "0",
            "description", "2号储罐液位计显示不变", "state", "REMEDIATING", "nationalState", "0", "manageType", "BY_DEADLINE",
            "liablePerson", "赵磊", "deadline", "2026-03-31", "registrant", "王强", "registTime", "2026-03-02T01:30:00Z");
    private static final Facts MEASURE = facts("measureId", "0195f3a2-7c1e-7d3a-9b1e-00000000c001",
            "riskEventId", "0195f3a2-7c1e-7d3a-9b1e-00000000b001", "controlMode", "INSPECTION",
            "description", "储罐设置高低液位报警并联锁切断进料阀", "classify1", "1", "classify2", "1-4",
            "troubleshootContent", "检查液位报警联锁是否投用");
    private static final Facts UNIT = facts("unitId", "0195f3a2-7c1e-7d3a-9b1e-3f2a1c0d4e5f", "hazardCode", "410100001001",
            "name", "LNG储罐区", "responsibleDepartment", "储运部", "responsiblePerson", "张伟", "riskLevel", "MAJOR",
            "status", "IN_SERVICE");
    private static final Facts TASK = facts("taskId", "0195f3a2-7c1e-7d3a-9b1e-00000000a001",
            "measureId", "0195f3a2-7c1e-7d3a-9b1e-00000000c001", "troubleshootContent", "检查储罐液位计读数是否正常", "cycle", 1,
            "cycleUnit", "DAY", "taskStartTime", "2026-03-01T00:00:00Z", "workDayType", "EVERY_DAY", "workType", "ROUTINE");

    /** riskClass: the three encodings receivers use, every level. */
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            spec 1 重大…4 低       | MAJOR        | 1
            spec 1 重大…4 低       | CONSIDERABLE | 2
            spec 1 重大…4 低       | GENERAL      | 3
            spec 1 重大…4 低       | LOW          | 4
            0 重大…3 低            | MAJOR        | 0
            0 重大…3 低            | CONSIDERABLE | 1
            0 重大…3 低            | GENERAL      | 2
            0 重大…3 低            | LOW          | 3
            0 低…3 重大            | MAJOR        | 3
            0 低…3 重大            | CONSIDERABLE | 2
            0 低…3 重大            | GENERAL      | 1
            0 低…3 重大            | LOW          | 0
            """)
    void riskClassInEachReceiverEncoding(String encoding, String level, String code) {
        RiskClassEncoding codes = switch (encoding) {
            case "0 重大…3 低" -> new RiskClassEncoding(Map.of("MAJOR", "0", "CONSIDERABLE", "1", "GENERAL", "2", "LOW", "3"));
            case "0 低…3 重大" -> new RiskClassEncoding(Map.of("MAJOR", "3", "CONSIDERABLE", "2", "GENERAL", "1", "LOW", "0"));
            default -> RiskClassEncoding.DEFAULT;
        };
        RecordContext context = Contexts.of(new MappingProfile(codes, false), false, RecordLookup.NONE);
        BuiltRecord built = new RiskUnitMapper().map("risk.unit.updated.v1", with(UNIT, "riskLevel", level), context);
        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.field("riskClass")).isEqualTo(code);
    }

    /** classify1 / classify2: every subclass of every class. */
    @ParameterizedTest(name = "classify1 {0}, classify2 {1}")
    @CsvSource({"1,1-1", "1,1-2", "1,1-3", "1,1-4", "1,1-5", "2,2-1", "2,2-2", "2,2-3", "3,3-1", "3,3-2", "3,3-3", "3,3-4",
            "4,4-1", "4,4-2", "4,4-3", "4,4-4", "4,4-5"})
    void everyClassificationOfTheTableTravels(String classify1, String classify2) {
        BuiltRecord built = new ControlMeasureMapper().map("risk.measure.created.v1",
                with(MEASURE, "classify1", classify1, "classify2", classify2), Contexts.fresh());
        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.fields()).containsEntry("classify1", classify1).containsEntry("classify2", classify2);
    }

    @ParameterizedTest(name = "classify2 {1} is not under classify1 {0}")
    @CsvSource({"1,1-6", "2,2-4", "3,3-5", "4,4-6", "2,1-1", "4,3-1"})
    void aSubclassOutsideItsClassIsHeld(String classify1, String classify2) {
        assertThat(new ControlMeasureMapper().map("x", with(MEASURE, "classify1", classify1, "classify2", classify2),
                Contexts.fresh()).sendable()).isFalse();
    }

    /** The hazard's pass-through code tables: every code travels as itself. */
    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource({
            "source,dangerSrc,1", "source,dangerSrc,2", "source,dangerSrc,3", "source,dangerSrc,4", "source,dangerSrc,5",
            "source,dangerSrc,6", "source,dangerSrc,7", "source,dangerSrc,8", "source,dangerSrc,9", "source,dangerSrc,10",
            "hazardType,hazardDangerType,1", "hazardType,hazardDangerType,2", "hazardType,hazardDangerType,3",
            "hazardType,hazardDangerType,4", "hazardType,hazardDangerType,5", "hazardType,hazardDangerType,6",
            "hazardType,hazardDangerType,7", "hazardType,hazardDangerType,8",
            "category,hazardCategory,0", "category,hazardCategory,1", "category,hazardCategory,2", "category,hazardCategory,3",
            "managementClassification,managementClassification,1", "managementClassification,managementClassification,2",
            "managementClassification,managementClassification,3",
            "occurrenceLink,occurrenceLink,1", "occurrenceLink,occurrenceLink,2", "occurrenceLink,occurrenceLink,3",
            "occurrenceLink,occurrenceLink,4", "occurrenceLink,occurrenceLink,5", "occurrenceLink,occurrenceLink,6",
            "occurrenceLink,occurrenceLink,7", "occurrenceLink,occurrenceLink,8", "occurrenceLink,occurrenceLink,9",
            "occurrenceLink,occurrenceLink,10"})
    void everyHazardCodeOfTheTablesTravels(String fact, String field, String code) {
        BuiltRecord built = new HiddenDangerMapper().map("hazard.plan-set.v1", with(HAZARD, fact, code), Contexts.fresh());
        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.field(field)).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} = {1} is held")
    @CsvSource({"source,0", "source,11", "hazardType,0", "hazardType,9", "category,4", "managementClassification,0",
            "managementClassification,4", "occurrenceLink,0", "occurrenceLink,11"})
    void aHazardCodeOutsideItsTableIsHeld(String fact, String code) {
        assertThat(new HiddenDangerMapper().map("x", with(HAZARD, fact, code), Contexts.fresh()).sendable()).isFalse();
    }

    /** dangerState: only 0 / 1 / 9 travel. */
    @ParameterizedTest(name = "dangerState {0}")
    @ValueSource(strings = {"0", "1", "9"})
    void theNationalHazardStatesTravel(String state) {
        Facts facts = with(HAZARD, "nationalState", state, "acceptPerson", "刘洋", "acceptTime", "2026-03-20T02:00:00Z",
                "acceptComment", "验收合格");
        BuiltRecord built = new HiddenDangerMapper().map("hazard.plan-set.v1", facts, Contexts.fresh());
        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.field("dangerState")).isEqualTo(state);
    }

    /** workType: every code, with its 包保 checklist item where one is needed. */
    @ParameterizedTest(name = "workType {0} → {1}")
    @CsvSource({"ROUTINE,0,", "MAIN,1,1", "TECHNICAL,2,9", "OPERATIONAL,3,10"})
    void everyWorkTypeTravels(String workType, String code, Integer taskNum) {
        BuiltRecord built = new CheckTaskMapper().map("inspection.task.defined.v1", with(TASK, "workType", workType, "taskNum", taskNum),
                Contexts.fresh());
        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.field("workType")).isEqualTo(code);
        assertThat(built.field("taskNum")).isEqualTo(taskNum == null ? null : taskNum.toString());
    }

    /** checkCycleUnit for a receiver that takes 周 / 季度 (a profile setting), through the mapper. */
    @ParameterizedTest(name = "{0} {1} → {2} {3} (acceptsWeekAndQuarter={4})")
    @CsvSource({"1,WEEK,1,周,true", "2,QUARTER,2,季度,true", "1,WEEK,7,天,false", "2,QUARTER,6,月,false",
            "3,DAY,3,天,true", "1,MONTH,1,月,true", "1,YEAR,1,年,true"})
    void checkCycleUnitsFollowTheReceiversProfile(int cycle, String unit, String travelsCycle, String travelsUnit,
                                                  boolean acceptsWeekAndQuarter) {
        RecordContext context = Contexts.of(new MappingProfile(RiskClassEncoding.DEFAULT, acceptsWeekAndQuarter), false,
                RecordLookup.NONE);
        BuiltRecord built = new CheckTaskMapper().map("inspection.task.defined.v1", with(TASK, "cycle", cycle, "cycleUnit", unit),
                context);
        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.fields()).containsEntry("checkCycle", travelsCycle).containsEntry("checkCycleUnit", travelsUnit);
    }
}
