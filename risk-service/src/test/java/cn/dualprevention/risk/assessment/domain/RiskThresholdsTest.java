package cn.dualprevention.risk.assessment.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskThresholdsTest {

    @ParameterizedTest
    @EnumSource(value = AssessmentMethod.class, names = {"LEC", "LS", "MES"})
    void everyLevelIsReachableWithEveryMethodsDefaults(AssessmentMethod method) {
        assertThat(RiskThresholds.defaults(method).unreachableLevels()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "LEC, 10, 10, 100, MAJOR", "LEC, 10, 6, 3, CONSIDERABLE", "LEC, 10, 10, 1, GENERAL", "LEC, 3, 6, 3, LOW",
            "LEC, 0.5, 6, 100, CONSIDERABLE", "LEC, 1, 2, 40, GENERAL",
            "MES, 5, 10, 4, MAJOR", "MES, 5, 10, 2, CONSIDERABLE", "MES, 5, 10, 1, GENERAL", "MES, 1, 3, 8, LOW"})
    void threeFactorMethodsGradeTheProductWithTheDefaultBands(AssessmentMethod method, String a, String b, String c,
                                                              RiskLevel expected) {
        var names = method.factors().stream().map(Factor::name).toList();
        Assessment assessment = Assessment.make(AssessmentKind.INHERENT, method,
                Map.of(names.get(0), new BigDecimal(a), names.get(1), new BigDecimal(b), names.get(2), new BigDecimal(c)),
                null, null, "initial HAZOP", "zhang.wei", java.time.Instant.EPOCH, RiskThresholds.defaults(method));
        assertThat(assessment.level()).isEqualTo(expected);
        assertThat(assessment.score()).isEqualByComparingTo(new BigDecimal(a).multiply(new BigDecimal(b)).multiply(new BigDecimal(c)));
    }

    @ParameterizedTest
    @CsvSource({"5, 4, MAJOR", "3, 5, CONSIDERABLE", "3, 3, GENERAL", "2, 4, LOW"})
    void theRiskMatrixGradesLTimesS(int l, int s, RiskLevel expected) {
        assertThat(RiskThresholds.defaults(AssessmentMethod.LS).levelOf(
                AssessmentMethod.LS.score(Map.of("L", BigDecimal.valueOf(l), "S", BigDecimal.valueOf(s))))).isEqualTo(expected);
    }

    @Test
    void aFactorValueOutsideItsTableIsRefusedNamingTheFactor() {
        assertThatThrownBy(() -> AssessmentMethod.LEC.score(Map.of("L", BigDecimal.TEN, "E", new BigDecimal("4"),
                "C", BigDecimal.ONE)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("factors.E");
                    assertThat(e.violations()).extracting(FieldViolation::rule).containsExactly("factor-table");
                    assertThat(e.getMessage()).contains("10", "0.5");
                });
        assertThatThrownBy(() -> AssessmentMethod.LS.score(Map.of("L", new BigDecimal("6"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + "/" + v.rule()).containsExactly("factors.L/factor-table", "factors.S/required"));
    }

    @Test
    void aDirectJudgementRecordsItsRule() {
        Assessment direct = Assessment.make(AssessmentKind.RESIDUAL, AssessmentMethod.DIRECT, null, RiskLevel.MAJOR,
                "重大危险源安全仪表系统缺失", "SIS bypassed", "li.na", java.time.Instant.EPOCH, RiskThresholds.defaults(AssessmentMethod.DIRECT));
        assertThat(direct.level()).isEqualTo(RiskLevel.MAJOR);
        assertThat(direct.directRule()).isEqualTo("重大危险源安全仪表系统缺失");
        assertThatThrownBy(() -> Assessment.make(AssessmentKind.RESIDUAL, AssessmentMethod.DIRECT, null, RiskLevel.MAJOR,
                " ", null, "li.na", java.time.Instant.EPOCH, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("directRule"));
    }

    @Test
    void anLecScaleWhoseTopBandNoProductReachesIsRefusedNamingTheLevel() {
        // the highest LEC product is 10 × 10 × 100 = 10000
        assertThatThrownBy(() -> RiskThresholds.configure(AssessmentMethod.LEC, ">10000", ">=160", ">=70"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("MAJOR");
                    assertThat(e.violations()).extracting(FieldViolation::rule).containsExactly("unreachable");
                    assertThat(e.getMessage()).contains("重大", "10000");
                });
    }

    @Test
    void aBandBetweenTwoAttainableProductsIsUnreachable() {
        // L × S gives 16 and 20 but nothing from 17 to 19
        assertThatThrownBy(() -> RiskThresholds.configure(AssessmentMethod.LS, ">=20", ">=17", ">=9"))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.field() + "/" + v.rule()).containsExactly("CONSIDERABLE/unreachable"));
    }

    @Test
    void thePublishedRiskMatrixVariantIsAccepted() {
        RiskThresholds variant = RiskThresholds.configure(AssessmentMethod.LS, ">=20", ">=9", ">=4");
        assertThat(variant.levelOf(BigDecimal.valueOf(16))).isEqualTo(RiskLevel.CONSIDERABLE);
        assertThat(variant.levelOf(BigDecimal.valueOf(3))).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void boundsMustDescendAndBeReadable() {
        assertThatThrownBy(() -> RiskThresholds.configure(AssessmentMethod.MES, ">=90", ">180", ">=40"))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.field() + "/" + v.rule()).containsExactly("CONSIDERABLE/order"));
        assertThatThrownBy(() -> RiskThresholds.configure(AssessmentMethod.MES, "180+", ">=90", ">=40"))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.field() + "/" + v.rule()).containsExactly("MAJOR/format"));
    }
}
