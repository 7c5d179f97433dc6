package cn.dualprevention.risk.riskobject.domain;

import cn.dualprevention.platform.errors.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskObjectTest {

    @Test
    void aMajorHazardSourceHasItsTwelveDigitCodeGradeAndThreeGuarantors() {
        RiskObject source = RiskObject.create("o1", "g", "e", "410100001", "410100001001", "LNG储罐区", true, 1, "p1", "p2", "p3");
        assertThat(source.changed().majorHazardGrade()).isEqualTo(1);
        assertThatThrownBy(() -> RiskObject.create("o1", "g", "e", "410100001", "4101000010", "LNG储罐区", true, 0, "p1", null, "p3"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + "/" + v.rule())
                        .containsExactly("hazardCode/major-hazard-code", "majorHazardGrade/range", "technicalResponsiblePersonId/required"));
    }

    @Test
    void anOrdinaryObjectHasNoGrade() {
        assertThat(RiskObject.create("o1", "g", "e", "410100001", "A-01", "装卸站台", false, null, null, null, null).majorHazardSource()).isFalse();
        assertThatThrownBy(() -> RiskObject.create("o1", "g", "e", "410100001", "A-01", "装卸站台", false, 2, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations().get(0).rule()).isEqualTo("not-major"));
    }
}
