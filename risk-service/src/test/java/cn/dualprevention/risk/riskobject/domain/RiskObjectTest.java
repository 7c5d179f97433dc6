package cn.dualprevention.risk.riskobject.domain;

import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.RuleViolationException;
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

    @Test
    void anObjectKeepsItsCodeWhileUnitsCarryItAndIsDeletedOnlyWithoutUnits() {
        RiskObject source = RiskObject.create("o1", "g", "e", "410100001", "410100001001", "LNG储罐区", true, 2, "p1", "p2", "p3");
        RiskObject.ObjectDetails regraded = new RiskObject.ObjectDetails("410100001001", "LNG储罐区", true, 1, "p1", "p2", "p4");
        RiskObject next = source.update("410100001", regraded, 3);
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.changed().operationalResponsiblePersonId()).isEqualTo("p4");
        RiskObject.ObjectDetails recoded = new RiskObject.ObjectDetails("410100001002", "LNG储罐区", true, 1, "p1", "p2", "p4");
        assertThatThrownBy(() -> source.update("410100001", recoded, 1))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("hazard-code-in-use"));
        assertThat(source.update("410100001", recoded, 0).hazardCode()).isEqualTo("410100001002");
        assertThatThrownBy(() -> source.delete(2))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("risk-object-has-units"));
        RiskObject deleted = source.delete(0);
        assertThat(deleted.changed().deleted()).isTrue();
        assertThatThrownBy(() -> deleted.delete(0))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("risk-object-deleted"));
    }
}
