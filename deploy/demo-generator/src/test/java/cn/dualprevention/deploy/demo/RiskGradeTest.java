package cn.dualprevention.deploy.demo;

import cn.dualprevention.deploy.demo.RiskGrade.Level;
import cn.dualprevention.deploy.demo.RiskGrade.Method;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RiskGradeTest {

    @Test
    void residualFactorsAreInTheTablesAndGiveTheWantedLevel() {
        for (Method method : Method.values()) {
            for (Level level : Level.values()) {
                Map<String, BigDecimal> f = method.residual(level);
                assertThat(f.keySet()).containsExactlyElementsOf(method.factorNames());
                f.forEach((name, value) -> assertThat(method.allows(name, value)).as(method + " " + name + "=" + value).isTrue());
                assertThat(method.level(method.score(f))).as(method + " " + level + " " + f).isEqualTo(level);
            }
        }
    }

    @Test
    void inherentRiskIsNeverBelowTheResidual() {
        for (Method method : Method.values()) {
            for (Level level : Level.values()) {
                Map<String, BigDecimal> f = method.inherent(level);
                f.forEach((name, value) -> assertThat(method.allows(name, value)).as(method + " " + name).isTrue());
                assertThat(method.score(f)).isGreaterThan(method.score(method.residual(level)));
                assertThat(method.level(method.score(f)).ordinal()).isLessThanOrEqualTo(level.ordinal());
            }
        }
    }

    @Test
    void bandsAreThoseOfRiskMethods() {
        assertThat(Method.LEC.level(new BigDecimal("320"))).isEqualTo(Level.CONSIDERABLE);
        assertThat(Method.LEC.level(new BigDecimal("321"))).isEqualTo(Level.MAJOR);
        assertThat(Method.LEC.level(new BigDecimal("69.9"))).isEqualTo(Level.LOW);
        assertThat(Method.LS.level(new BigDecimal("15"))).isEqualTo(Level.CONSIDERABLE);
        assertThat(Method.LS.level(new BigDecimal("8"))).isEqualTo(Level.LOW);
        assertThat(Method.MES.level(new BigDecimal("180"))).isEqualTo(Level.CONSIDERABLE);
        assertThat(Method.MES.level(new BigDecimal("40"))).isEqualTo(Level.GENERAL);
    }
}
