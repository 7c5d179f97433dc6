package cn.dualprevention.exchange.record.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static cn.dualprevention.exchange.record.domain.Contexts.facts;
import static cn.dualprevention.exchange.record.domain.Contexts.with;
import static org.assertj.core.api.Assertions.assertThat;

/** riskEvent, controlMeasure and unitStop — the records of the risk model besides the unit itself. */
class RiskModelMappersTest {

    private static final String UNIT_ID = "0195f3a2-7c1e-7d3a-9b1e-3f2a1c0d4e5f";
    private static final String EVENT_ID = "0195f3a2-7c1e-7d3a-9b1e-00000000b001";
    private static final String MEASURE_ID = "0195f3a2-7c1e-7d3a-9b1e-00000000c001";
    private static final Facts MEASURE = facts("measureId", MEASURE_ID, "riskEventId", EVENT_ID, "unitId", UNIT_ID,
            "controlMode", "INSPECTION", "description", "储罐设置高低液位报警并联锁切断进料阀", "classify1", "1",
            "classify2", "1-4", "classify3", "液位联锁", "troubleshootContent", "检查液位报警联锁是否投用");

    @Test
    void aRiskEventBelongsToItsUnit() {
        BuiltRecord built = new RiskEventMapper().map("risk.event.created.v1",
                facts("riskEventId", EVENT_ID, "unitId", UNIT_ID, "name", "储罐泄漏引发火灾爆炸"), Contexts.fresh());
        assertThat(built.sendable()).isTrue();
        assertThat(built.fields()).containsEntry("id", EVENT_ID).containsEntry("riskUnitId", UNIT_ID)
                .containsEntry("riskEventName", "储罐泄漏引发火灾爆炸");
        assertThat(built.parents()).containsExactly(new RecordRef(RecordType.RISK_UNIT, UNIT_ID));
        assertThat(new RiskEventMapper().map("x", facts("riskEventId", EVENT_ID, "name", "事".repeat(251)), Contexts.fresh())
                .problems()).containsExactlyInAnyOrder("riskUnitId is required",
                "riskEventName is 502 wide, the limit is 500 (a Chinese character counts as two)");
    }

    @Test
    void aControlMeasureCarriesItsControlModeAndClassification() {
        BuiltRecord built = new ControlMeasureMapper().map("risk.measure.created.v1", MEASURE, Contexts.fresh());
        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.fields()).containsEntry("riskEventId", EVENT_ID).containsEntry("dataSrc", "2")
                .containsEntry("riskMeasureDesc", "储罐设置高低液位报警并联锁切断进料阀").containsEntry("classify1", "1")
                .containsEntry("classify2", "1-4").containsEntry("classify3", "液位联锁")
                .containsEntry("troubleshootContent", "检查液位报警联锁是否投用");
        assertThat(built.parents()).containsExactly(new RecordRef(RecordType.RISK_EVENT, EVENT_ID));
        assertThat(new ControlMeasureMapper().map("x", with(MEASURE, "controlMode", "AUTOMATED_MONITORING"), Contexts.fresh())
                .field("dataSrc")).isEqualTo("1");
    }

    @Test
    void aClassificationOutsideTheTableIsHeld() {
        ControlMeasureMapper mapper = new ControlMeasureMapper();
        assertThat(mapper.map("x", with(MEASURE, "classify1", "5"), Contexts.fresh()).problems())
                .singleElement().asString().startsWith("classify1: 5");
        assertThat(mapper.map("x", with(MEASURE, "classify2", "2-1"), Contexts.fresh()).problems())
                .containsExactly("classify2: 2-1 is not a subclass of classify1 1");
        assertThat(mapper.map("x", with(MEASURE, "controlMode", "PRAYER", "troubleshootContent", null), Contexts.fresh())
                .problems()).containsExactlyInAnyOrder("dataSrc: no national code for PRAYER", "troubleshootContent is required");
    }

    @Test
    void aUnitStopKeepsOneIdFromStopToResumeAndCarriesItsUnitsHazardCode() {
        UnitStopMapper mapper = new UnitStopMapper();
        Facts stopped = facts("unitId", UNIT_ID, "stopStartTime", "2026-03-02T00:00:00Z", "reason", "年度检修");
        Facts resumed = with(stopped, "stopEndTime", "2026-03-04T00:00:00Z");
        String id = mapper.recordId("risk.unit.stopped.v1", stopped);
        assertThat(id).hasSize(36).isEqualTo(mapper.recordId("risk.unit.resumed.v1", resumed));
        RecordLookup unitRecords = (ref, field) -> ref.equals(new RecordRef(RecordType.RISK_UNIT, UNIT_ID))
                && field.equals("hazardCode") ? Optional.of("410100001001") : Optional.empty();

        BuiltRecord built = mapper.map("risk.unit.resumed.v1", resumed, Contexts.of(MappingProfile.DEFAULT, false, unitRecords));
        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.fields()).containsEntry("id", id).containsEntry("hazardCode", "410100001001")
                .containsEntry("riskUnitId", UNIT_ID).containsEntry("stopStartTime", "20260302080000")
                .containsEntry("stopEndTime", "20260304080000").containsEntry("stopReason", "年度检修");
        assertThat(built.parents()).containsExactly(new RecordRef(RecordType.RISK_UNIT, UNIT_ID));
    }

    @Test
    void everyRecordTypeHasExactlyOneMapper() {
        assertThat(RecordMappers.ALL).extracting(RecordMapper::type).containsExactly(RecordType.values());
    }
}
