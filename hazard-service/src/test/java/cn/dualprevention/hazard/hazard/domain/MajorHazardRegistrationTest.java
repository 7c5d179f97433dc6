package cn.dualprevention.hazard.hazard.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A major hazard is reported at registration, so it is registered with its liable person and deadline — named, or
 * defaulted (recorded as such) until the plan replaces them.
 */
class MajorHazardRegistrationTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aMajorHazardWithoutLiablePersonOrDeadlineIsRefusedNamingBothFields() {
        assertThatThrownBy(() -> register(HazardLevel.MAJOR, RemediationTerms.none()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + "/" + v.rule())
                        .containsExactly("liablePerson/required-for-major", "deadline/required-for-major"));
        assertThatThrownBy(() -> register(HazardLevel.MAJOR, RemediationTerms.named("张伟", null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("deadline"));
        assertThatThrownBy(() -> register(HazardLevel.MAJOR, RemediationTerms.named("  ", TODAY.plusDays(3))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("liablePerson"));
    }

    @Test
    void aNamedDeadlineMayNotLieInThePastAndTheLiablePersonKeepsTheRegulatorsWidth() {
        assertThatThrownBy(() -> register(HazardLevel.MAJOR, RemediationTerms.named("张伟", TODAY.minusDays(1))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations().get(0).rule())
                        .isEqualTo("not-in-past"));
        assertThatThrownBy(() -> RemediationTerms.named("张".repeat(51), TODAY))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations().get(0).rule())
                        .isEqualTo("max-width"));
    }

    @Test
    void aGeneralHazardNeedsNeither() {
        Hazard hazard = register(HazardLevel.GENERAL, RemediationTerms.none());
        assertThat(hazard.liablePerson()).isNull();
        assertThat(hazard.deadline()).isNull();
        assertThat(hazard.termsDefaulted()).isFalse();
    }

    @Test
    void namedTermsAreKeptAndShownInTheRegistrationHistory() {
        Hazard hazard = register(HazardLevel.MAJOR, RemediationTerms.named("张伟", TODAY.plusDays(20)));
        assertThat(hazard.liablePerson()).isEqualTo("张伟");
        assertThat(hazard.deadline()).isEqualTo(TODAY.plusDays(20));
        assertThat(hazard.originalDeadline()).as("set by the plan").isNull();
        assertThat(hazard.termsDefaulted()).isFalse();
        assertThat(hazard.history().get(0).changes()).containsEntry("liablePerson", "张伟")
                .containsEntry("deadline", TODAY.plusDays(20).toString());
    }

    @Test
    void defaultedTermsAreRecordedAsDefaultedAndReplacedByThePlan() {
        RemediationTerms defaults = new RemediationTerms("张伟", TODAY.plusDays(30), "responsible person of risk unit LNG储罐区",
                "registration + P30D");
        Hazard hazard = register(HazardLevel.MAJOR, defaults);
        assertThat(hazard.termsDefaulted()).isTrue();
        assertThat(hazard.history().get(0).changes())
                .containsEntry("liablePerson", "张伟 (defaulted: responsible person of risk unit LNG储罐区)")
                .containsEntry("deadline", TODAY.plusDays(30) + " (defaulted: registration + P30D)");

        hazard.confirm("dept.head", NOW);
        hazard.setPlan(new RemediationPlan("李强", "更换阀门", "2万元", TODAY.plusDays(10), "泄漏专项应急预案"), "dept.head",
                NOW, TODAY);
        assertThat(hazard.liablePerson()).isEqualTo("李强");
        assertThat(hazard.deadline()).isEqualTo(TODAY.plusDays(10));
        assertThat(hazard.originalDeadline()).isEqualTo(TODAY.plusDays(10));
        assertThat(hazard.termsDefaulted()).isFalse();
        HistoryEntry planned = hazard.history().getLast();
        assertThat(planned.step()).isEqualTo(HazardStep.PLAN_SET);
        assertThat(planned.changes()).containsEntry("liablePerson", "张伟 → 李强")
                .containsEntry("deadline", TODAY.plusDays(30) + " → " + TODAY.plusDays(10))
                .containsEntry("defaultsReplaced", "true");
    }

    @Test
    void theRegistrationHistoryKeepsTheFindingPhotosAndTheRecordsPhotosAsEvidence() {
        Hazard hazard = Hazard.register("h-2", "g-1", "e-1", HazardOrigin.none(), finding(HazardLevel.GENERAL,
                List.of("own-1"), List.of("rec-1", "rec-2")), "wang.qiang", NOW, RemediationTerms.none(), TODAY);
        assertThat(hazard.history().get(0).evidence()).containsExactly("own-1", "rec-1", "rec-2");
    }

    private static Hazard register(HazardLevel level, RemediationTerms terms) {
        return Hazard.register("h-1", "g-1", "e-1", HazardOrigin.none(), finding(level, List.of(), List.of()), "wang.qiang",
                NOW, terms, TODAY);
    }

    private static HazardFinding finding(HazardLevel level, List<String> photos, List<String> recordPhotos) {
        return new HazardFinding("LNG储罐区阀门泄漏", level, HazardSource.ROUTINE, HazardType.EQUIPMENT, null, null, null,
                "阀门填料处有轻微泄漏", null, photos, recordPhotos);
    }
}
