package cn.dualprevention.exchange.record.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.dualprevention.exchange.record.domain.Contexts.facts;
import static cn.dualprevention.exchange.record.domain.Contexts.with;
import static org.assertj.core.api.Assertions.assertThat;

class RiskUnitMapperTest {

    private static final String UNIT_ID = "0195f3a2-7c1e-7d3a-9b1e-3f2a1c0d4e5f";
    private static final Facts UNIT = facts("unitId", UNIT_ID, "enterpriseId", "e1", "hazardCode", "410100001001",
            "name", "LNG储罐区", "responsibleDepartment", "储运部", "responsiblePerson", "张伟", "riskLevel", "MAJOR",
            "longitude", 113.7512, "latitude", 34.7226, "status", "IN_SERVICE");
    private final RiskUnitMapper mapper = new RiskUnitMapper();

    @Test
    void aUnitBecomesTheSpecificationsRiskUnitRecordWithTheCommonFields() {
        BuiltRecord built = mapper.map("risk.unit.created.v1", UNIT, Contexts.fresh());

        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.ref()).isEqualTo(new RecordRef(RecordType.RISK_UNIT, UNIT_ID));
        assertThat(built.fields()).containsEntry("id", UNIT_ID).containsEntry("companyCode", "410100001")
                .containsEntry("tyshxydm", "91410100MA44XXK123").containsEntry("deleted", "0")
                // 16:05:09 UTC is 00:05:09 the next day in Shanghai
                .containsEntry("createDate", "20260302000509").containsEntry("updateDate", "20260305100000")
                .containsEntry("createBy", "zhang.wei").containsEntry("updateBy", "li.na")
                .containsEntry("hazardCode", "410100001001").containsEntry("hazardDep", "储运部")
                .containsEntry("hazardLiablePerson", "张伟").containsEntry("riskUnitName", "LNG储罐区")
                .containsEntry("riskClass", "1").containsEntry("longitude", 113.7512).containsEntry("isOverhaul", "0");
        assertThat(built.parents()).isEmpty();
    }

    @Test
    void theRiskClassFollowsTheReceiversEncoding() {
        Map<String, String> expectedByDefault = Map.of("MAJOR", "1", "CONSIDERABLE", "2", "GENERAL", "3", "LOW", "4");
        expectedByDefault.forEach((level, code) -> assertThat(
                mapper.map("risk.unit.updated.v1", with(UNIT, "riskLevel", level), Contexts.fresh()).field("riskClass"))
                .isEqualTo(code));
        RiskClassEncoding zeroIsLow = new RiskClassEncoding(Map.of("LOW", "0", "GENERAL", "1", "CONSIDERABLE", "2", "MAJOR", "3"));
        RecordContext context = Contexts.of(new MappingProfile(zeroIsLow, false), false, RecordLookup.NONE);
        assertThat(mapper.map("risk.unit.updated.v1", with(UNIT, "riskLevel", "LOW"), context).field("riskClass")).isEqualTo("0");
    }

    @Test
    void aStoppedUnitIsUnderMaintenanceUntilResumed() {
        assertThat(mapper.map("risk.unit.stopped.v1", UNIT, Contexts.fresh()).field("isOverhaul")).isEqualTo("1");
        assertThat(mapper.map("risk.unit.resumed.v1", with(UNIT, "status", "STOPPED"), Contexts.fresh()).field("isOverhaul"))
                .isEqualTo("0");
        assertThat(mapper.map("risk.unit.updated.v1", with(UNIT, "status", "STOPPED"), Contexts.fresh()).field("isOverhaul"))
                .isEqualTo("1");
    }

    @Test
    void aDeletedUnitTravelsWithDeletedOne() {
        BuiltRecord built = mapper.map("risk.unit.deleted.v1", UNIT, Contexts.of(MappingProfile.DEFAULT, true, RecordLookup.NONE));
        assertThat(built.sendable()).isTrue();
        assertThat(built.field("deleted")).isEqualTo("1");
        assertThat(mapper.deletionTypes()).containsExactly("risk.unit.deleted.v1");
    }

    @Test
    void aRecordThatWouldBreakTheSpecificationIsHeldWithItsReasons() {
        BuiltRecord tooWide = mapper.map("risk.unit.created.v1", with(UNIT, "responsiblePerson", "一二三四五六七八九十一"),
                Contexts.fresh());
        assertThat(tooWide.sendable()).isFalse();
        assertThat(tooWide.problems()).singleElement().asString().contains("hazardLiablePerson").contains("22 wide");

        BuiltRecord missing = mapper.map("risk.unit.created.v1",
                with(UNIT, "responsibleDepartment", "", "riskLevel", "EXTREME", "hazardCode", "x".repeat(37)), Contexts.fresh());
        assertThat(missing.problems()).containsExactlyInAnyOrder("hazardDep is required",
                "riskClass: no national code for EXTREME",
                "hazardCode is 37 wide, the limit is 36 (a Chinese character counts as two)");
    }

    @Test
    void anUnknownEnterpriseOrABadCompanyCodeHoldsTheRecord() {
        RecordContext unknown = new RecordContext("e9", null, MappingProfile.DEFAULT, Contexts.CREATED, "a", Contexts.CREATED,
                "a", false, RecordLookup.NONE);
        assertThat(mapper.map("risk.unit.created.v1", UNIT, unknown).problems()).containsExactly("enterprise e9 is not known yet");
        assertThat(mapper.map("risk.unit.created.v1", with(UNIT, "unitId", "short"), Contexts.fresh()).problems())
                .containsExactly("id must be a UUID of 32 or 36 characters");
    }
}
