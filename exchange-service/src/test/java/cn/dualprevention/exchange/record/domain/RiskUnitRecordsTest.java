package cn.dualprevention.exchange.record.domain;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RiskUnitRecordsTest {

    private static final EnterpriseIdentity ENTERPRISE = new EnterpriseIdentity("e1", "410100001", "91410100MA44XXK123",
            ZoneId.of("Asia/Shanghai"));
    private static final String UNIT_ID = "0195f3a2-7c1e-7d3a-9b1e-3f2a1c0d4e5f";

    @Test
    void aUnitBecomesTheSpecificationsRiskUnitRecord() {
        UnitFacts unit = new UnitFacts(UNIT_ID, "e1", "410100001001", "LNG储罐区", "储运部", "张伟", "MAJOR", 113.7512, 34.7226, "IN_SERVICE");
        BuiltRecord<RiskUnitRecord> built = RiskUnitRecords.build(unit, ENTERPRISE, Instant.parse("2026-03-01T16:05:09Z"),
                "zhang.wei", RiskClassEncoding.DEFAULT);

        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        RiskUnitRecord record = built.record();
        assertThat(record.id()).isEqualTo(UNIT_ID);
        assertThat(record.companyCode()).isEqualTo("410100001");
        assertThat(record.tyshxydm()).isEqualTo("91410100MA44XXK123");
        assertThat(record.deleted()).isEqualTo("0");
        // 16:05:09 UTC is 00:05:09 the next day in Shanghai; on a new record both dates are equal
        assertThat(record.createDate()).isEqualTo("20260302000509");
        assertThat(record.updateDate()).isEqualTo(record.createDate());
        assertThat(record.createBy()).isEqualTo("zhang.wei");
        assertThat(record.hazardCode()).isEqualTo("410100001001");
        assertThat(record.hazardDep()).isEqualTo("储运部");
        assertThat(record.hazardLiablePerson()).isEqualTo("张伟");
        assertThat(record.riskUnitName()).isEqualTo("LNG储罐区");
        assertThat(record.riskClass()).isEqualTo("1");
        assertThat(record.isOverhaul()).isEqualTo("0");
    }

    @Test
    void theRiskClassFollowsTheReceiversEncoding() {
        RiskClassEncoding zeroIsLow = new RiskClassEncoding(Map.of("LOW", "0", "GENERAL", "1", "CONSIDERABLE", "2", "MAJOR", "3"));
        UnitFacts unit = new UnitFacts(UNIT_ID, "e1", "A-01", "泵房", "生产部", "李娜", "LOW", null, null, "STOPPED");
        RiskUnitRecord record = RiskUnitRecords.build(unit, ENTERPRISE, Instant.now(), "li.na", zeroIsLow).record();
        assertThat(record.riskClass()).isEqualTo("0");
        assertThat(record.isOverhaul()).isEqualTo("1");
    }

    @Test
    void aRecordThatWouldBreakTheSpecificationIsHeldWithItsReasons() {
        UnitFacts unit = new UnitFacts(UNIT_ID, "e1", "A-01", "泵房", "生产部", "一二三四五六七八九十一", "LOW", null, null, "IN_SERVICE");
        BuiltRecord<RiskUnitRecord> built = RiskUnitRecords.build(unit, ENTERPRISE, Instant.now(), "li.na", RiskClassEncoding.DEFAULT);
        assertThat(built.sendable()).isFalse();
        assertThat(built.problems()).singleElement().asString().contains("hazardLiablePerson").contains("22 wide");
    }
}
