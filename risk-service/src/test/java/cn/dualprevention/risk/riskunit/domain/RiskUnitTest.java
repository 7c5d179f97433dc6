package cn.dualprevention.risk.riskunit.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskUnitTest {

    @Test
    void aNewUnitIsInServiceAtVersionOne() {
        RiskUnit unit = RiskUnit.create("u1", "g1", "e1", "410100001", "410100001001", "LNG储罐区", "储运部", "张伟",
                RiskLevel.MAJOR, new GeoPoint(113.75, 34.72));
        assertThat(unit.version()).isEqualTo(1);
        assertThat(unit.status()).isEqualTo(UnitStatus.IN_SERVICE);
        assertThat(unit.created().riskLevel()).isEqualTo("MAJOR");
    }

    @Test
    void aMajorHazardSourceCodeMustStartWithTheCompanyCode() {
        assertThatThrownBy(() -> RiskUnit.create("u1", "g1", "e1", "410100001", "999999999001", "LNG储罐区", "储运部", "张伟",
                RiskLevel.MAJOR, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations()).extracting(FieldViolation::rule).containsExactly("major-hazard-code"));
    }

    @Test
    void theResponsiblePersonFitsTheRegulatorsTwentyWideField() {
        // eleven Chinese characters are 22 wide
        assertThatThrownBy(() -> RiskUnit.create("u1", "g1", "e1", "410100001", "A-01", "罐区", "储运部",
                "一二三四五六七八九十一", RiskLevel.LOW, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("responsiblePerson");
                    assertThat(e.violations()).extracting(FieldViolation::rule).containsExactly("max-width");
                });
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> RiskUnit.create("u1", "g1", "e1", "410100001", " ", null, "", null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("hazardCode", "name", "responsibleDepartment", "responsiblePerson", "riskLevel"));
    }

    @Test
    void levelsCompareBySeverity() {
        assertThat(RiskLevel.LOW.higherOf(RiskLevel.CONSIDERABLE)).isEqualTo(RiskLevel.CONSIDERABLE);
        assertThat(RiskLevel.MAJOR.higherOf(RiskLevel.GENERAL)).isEqualTo(RiskLevel.MAJOR);
        assertThat(RiskLevel.MAJOR.colour()).isEqualTo("#FE0001");
    }
}
