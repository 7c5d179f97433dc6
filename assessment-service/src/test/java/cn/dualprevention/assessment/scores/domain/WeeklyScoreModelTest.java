package cn.dualprevention.assessment.scores.domain;

import cn.dualprevention.assessment.indicators.domain.IndicatorValues;
import cn.dualprevention.assessment.indicators.domain.Ratio;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The weekly model's deductions, vetoes and bands, each with its cause. */
class WeeklyScoreModelTest {

    static IndicatorValues week(long done, long due, long gDone, long gDue, long accepted, long needing, long found, long checks,
                                List<String> overdueMajor) {
        Double per100 = checks == 0 ? null : Math.round(found * 100.0 / checks * 10_000) / 10_000.0;
        return new IndicatorValues(Instant.EPOCH, Instant.EPOCH, new Ratio(1, 1), new Ratio(done, due), due, 0, 0, due - done,
                new Ratio(gDone, gDue), List.of(new IndicatorValues.GuarantorDuty("p-main", "MAIN", gDone, gDue, List.of("c-1"))),
                new Ratio(accepted, needing), new Ratio(accepted, accepted), 0, Map.of("MAJOR", (long) overdueMajor.size()),
                overdueMajor, new Ratio(1, 1), new Ratio(found, checks), per100);
    }

    @Test
    void tooFewHazardsFoundCostsBAndGuarantorDutiesCostA() {
        // 95/100 × 50 = 47.5 − 3 missed 包保 × 2 = 41.5; 10/10 × 50 = 50 − 5 (1 hazard in 200 checks = 0.5 per 100 < 2)
        WeeklyScore s = WeeklyScoreModel.score("e", LocalDate.of(2024, 3, 4), week(95, 100, 1, 4, 10, 10, 1, 200, List.of()),
                ScoreRules.defaults());
        assertThat(s.a()).isEqualTo(41.5);
        assertThat(s.b()).isEqualTo(45.0);
        assertThat(s.alpha()).isEqualTo(1);
        assertThat(s.e()).isEqualTo(86.5);
        assertThat(s.grade()).isEqualTo(Grade.GOOD);
        assertThat(s.deductions()).extracting(WeeklyScore.Deduction::code)
                .containsExactly("GUARANTOR_DUTIES_NOT_PERFORMED", "TOO_FEW_HAZARDS_FOUND");
        assertThat(s.deductions().get(1).cause()).contains("0.5 per 100 checks");
    }

    @Test
    void noDataUploadedIsAVetoAndBandsAreConfigurable() {
        WeeklyScore vetoed = WeeklyScoreModel.score("e", LocalDate.of(2024, 3, 4), week(0, 20, 0, 0, 0, 0, 0, 0, List.of()),
                ScoreRules.defaults());
        assertThat(vetoed.vetoes()).extracting(WeeklyScore.Veto::code).containsExactly("NO_DATA_UPLOADED");
        assertThat(vetoed.e()).isZero();
        assertThat(vetoed.grade()).isEqualTo(Grade.POOR);

        ScoreRules strict = new ScoreRules(95, 85, 70, 0, 0, 0, 0, 0, true, false);
        WeeklyScore s = WeeklyScoreModel.score("e", LocalDate.of(2024, 3, 4), week(90, 100, 0, 0, 0, 0, 5, 100, List.of()), strict);
        assertThat(s.e()).isEqualTo(95.0);
        assertThat(s.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(strict.grade(94.99)).isEqualTo(Grade.GOOD);
        assertThat(strict.grade(69.99)).isEqualTo(Grade.POOR);
    }
}
