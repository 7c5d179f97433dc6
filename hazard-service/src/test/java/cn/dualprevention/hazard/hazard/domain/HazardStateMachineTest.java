package cn.dualprevention.hazard.hazard.domain;

import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every step from every state: the legal ones move the hazard on, every other one is a 409 naming its rule. */
class HazardStateMachineTest {

    static final Instant NOW = Instant.parse("2025-06-02T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    static final LocalDate DEADLINE = LocalDate.of(2025, 6, 10);

    /** The steps of the loop, each as a user would take it. */
    enum Action {
        CONFIRM(h -> h.confirm("dept.head", NOW)),
        REJECT(h -> h.reject("dept.head", "a design feature, not a defect", NOW)),
        SET_PLAN(h -> h.setPlan(fivePlan(DEADLINE), "dept.head", NOW, TODAY)),
        FIX_ON_THE_SPOT(h -> h.fixOnTheSpot("wang.qiang", "valve packing tightened", List.of("p-after"), NOW, TODAY)),
        REQUEST_EXTENSION(h -> h.requestExtension(DEADLINE.plusDays(10), "spare part on order", "wang.qiang", NOW)),
        DECIDE_EXTENSION(h -> h.decideExtension(true, "ok", "plant.head", NOW)),
        SUBMIT(h -> h.submit("wang.qiang", "seal replaced", List.of("p-after"), NOW)),
        ACCEPT(h -> h.accept("li.na", "checked on site, no leak", NOW)),
        SEND_BACK(h -> h.sendBack("li.na", "still weeping at the flange", NOW)),
        REOPEN(h -> h.reopen("li.na", "leak came back", null, NOW, TODAY));

        final Consumer<Hazard> step;

        Action(Consumer<Hazard> step) {
            this.step = step;
        }
    }

    /** The legal moves: from-state, action, to-state. */
    static final List<Object[]> LEGAL = List.of(
            new Object[]{HazardState.AWAITING_CONFIRMATION, Action.CONFIRM, HazardState.CONFIRMED},
            new Object[]{HazardState.AWAITING_CONFIRMATION, Action.REJECT, HazardState.REJECTED},
            new Object[]{HazardState.AWAITING_CONFIRMATION, Action.FIX_ON_THE_SPOT, HazardState.AWAITING_ACCEPTANCE},
            new Object[]{HazardState.CONFIRMED, Action.SET_PLAN, HazardState.REMEDIATING},
            new Object[]{HazardState.CONFIRMED, Action.FIX_ON_THE_SPOT, HazardState.AWAITING_ACCEPTANCE},
            new Object[]{HazardState.REMEDIATING, Action.REQUEST_EXTENSION, HazardState.REMEDIATING},
            new Object[]{HazardState.REMEDIATING, Action.SUBMIT, HazardState.AWAITING_ACCEPTANCE},
            new Object[]{HazardState.AWAITING_ACCEPTANCE, Action.ACCEPT, HazardState.ACCEPTED},
            new Object[]{HazardState.AWAITING_ACCEPTANCE, Action.SEND_BACK, HazardState.REMEDIATING},
            new Object[]{HazardState.ACCEPTED, Action.REOPEN, HazardState.REMEDIATING});

    static Stream<Arguments> legalMoves() {
        return LEGAL.stream().map(Arguments::of);
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> moves = new ArrayList<>();
        for (HazardState state : HazardState.values()) {
            for (Action action : Action.values()) {
                boolean legal = LEGAL.stream().anyMatch(m -> m[0] == state && m[1] == action);
                boolean decideWithoutRequest = state == HazardState.REMEDIATING && action == Action.DECIDE_EXTENSION;
                if (!legal) {
                    moves.add(Arguments.of(state, action, decideWithoutRequest ? "no-extension-pending" : ruleFor(action)));
                }
            }
        }
        return moves.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("legalMoves")
    void aLegalStepMovesTheHazardAndIsRecorded(HazardState from, Action action, HazardState to) {
        Hazard hazard = in(from, HazardLevel.GENERAL);
        int before = hazard.history().size();
        action.step.accept(hazard);
        assertThat(hazard.state()).isEqualTo(to);
        assertThat(hazard.history()).hasSize(before + 1);
        HistoryEntry last = hazard.history().getLast();
        assertThat(last.fromState()).isEqualTo(from);
        assertThat(last.toState()).isEqualTo(to);
        assertThat(last.actor()).isNotBlank();
        assertThat(last.at()).isEqualTo(NOW);
    }

    @ParameterizedTest(name = "{0} --{1}--> 409 {2}")
    @MethodSource("illegalMoves")
    void anIllegalStepIsRefusedWithItsRuleAndChangesNothing(HazardState from, Action action, String rule) {
        Hazard hazard = in(from, HazardLevel.GENERAL);
        int before = hazard.history().size();
        assertThatThrownBy(() -> action.step.accept(hazard))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo(rule);
        assertThat(hazard.state()).isEqualTo(from);
        assertThat(hazard.history()).hasSize(before);
    }

    @Test
    void everyStateIsReachableAndEveryPairIsCovered() {
        assertThat(illegalMoves().count() + LEGAL.size()).isEqualTo((long) HazardState.values().length * Action.values().length);
        for (HazardState state : HazardState.values()) {
            assertThat(in(state, HazardLevel.GENERAL).state()).isEqualTo(state);
        }
    }

    @Test
    void theStatesMapOntoTheNationalCodes() {
        assertThat(HazardState.AWAITING_CONFIRMATION.nationalCode()).isEmpty();
        assertThat(HazardState.REJECTED.nationalCode()).isEmpty();
        assertThat(HazardState.CONFIRMED.nationalCode()).contains("0");
        assertThat(HazardState.REMEDIATING.nationalCode()).contains("0");
        assertThat(HazardState.AWAITING_ACCEPTANCE.nationalCode()).contains("1");
        assertThat(HazardState.ACCEPTED.nationalCode()).contains("9");
    }

    @Test
    void aMajorHazardDoesNotEnterRemediationWithoutAllFive() {
        Hazard major = in(HazardState.CONFIRMED, HazardLevel.MAJOR);
        assertRule(() -> major.setPlan(new RemediationPlan("zhang.wei", "replace the valve", null, DEADLINE, "预案-07"),
                "dept.head", NOW, TODAY), "major-hazard-five-in-place");
        assertRule(() -> major.setPlan(new RemediationPlan("zhang.wei", "replace the valve", "2万元", DEADLINE, " "),
                "dept.head", NOW, TODAY), "major-hazard-five-in-place");
        assertRule(() -> major.fixOnTheSpot("wang.qiang", "fixed", List.of(), NOW, TODAY), "major-hazard-five-in-place");
        assertThat(major.state()).isEqualTo(HazardState.CONFIRMED);

        major.setPlan(fivePlan(DEADLINE), "dept.head", NOW, TODAY);
        assertThat(major.state()).isEqualTo(HazardState.REMEDIATING);
        assertThat(major.manageType()).isEqualTo(ManageType.BY_DEADLINE);
    }

    @Test
    void aGeneralHazardNeedsResponsibilityMeasuresAndDeadlineOnly() {
        Hazard general = in(HazardState.CONFIRMED, HazardLevel.GENERAL);
        general.setPlan(new RemediationPlan("zhang.wei", "tighten", null, DEADLINE, null), "dept.head", NOW, TODAY);
        assertThat(general.state()).isEqualTo(HazardState.REMEDIATING);
        assertThatThrownBy(() -> new RemediationPlan(" ", "tighten", null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).violations())
                        .extracting(v -> v.field() + "/" + v.rule())
                        .containsExactly("responsibility/required", "deadline/required"));
    }

    @Test
    void aDeadlineInThePastIsRefused() {
        Hazard hazard = in(HazardState.CONFIRMED, HazardLevel.GENERAL);
        assertThatThrownBy(() -> hazard.setPlan(fivePlan(TODAY.minusDays(1)), "dept.head", NOW, TODAY))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("has passed");
    }

    @Test
    void theRectifierDoesNotAcceptTheirOwnWork() {
        Hazard hazard = in(HazardState.AWAITING_ACCEPTANCE, HazardLevel.GENERAL);
        assertRule(() -> hazard.accept("wang.qiang", "looks fine to me", NOW), "acceptor-is-rectifier");
        hazard.accept("li.na", "checked", NOW);
        assertThat(hazard.acceptance()).isEqualTo(new Acceptance("li.na", "checked", NOW));
    }

    @Test
    void anExtensionIsDecidedByAnotherPersonAndKeepsTheOriginalDeadline() {
        Hazard hazard = in(HazardState.REMEDIATING, HazardLevel.GENERAL);
        hazard.requestExtension(DEADLINE.plusDays(10), "spare part on order", "wang.qiang", NOW);
        assertRule(() -> hazard.requestExtension(DEADLINE.plusDays(20), "again", "wang.qiang", NOW), "extension-pending");
        assertRule(() -> hazard.decideExtension(true, "fine", "wang.qiang", NOW), "extension-decided-by-requester");
        hazard.decideExtension(true, "approved", "plant.head", NOW);
        assertThat(hazard.deadline()).isEqualTo(DEADLINE.plusDays(10));
        assertThat(hazard.originalDeadline()).isEqualTo(DEADLINE);
        assertThat(hazard.pendingExtension()).isNull();

        hazard.requestExtension(DEADLINE.plusDays(30), "more", "wang.qiang", NOW);
        hazard.decideExtension(false, "no", "plant.head", NOW);
        assertThat(hazard.deadline()).isEqualTo(DEADLINE.plusDays(10));
        assertThatThrownBy(() -> hazard.requestExtension(DEADLINE, "earlier", "wang.qiang", NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("later");
    }

    @Test
    void reasonsAreRequired() {
        assertThatThrownBy(() -> in(HazardState.AWAITING_CONFIRMATION, HazardLevel.GENERAL).reject("x", " ", NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> in(HazardState.ACCEPTED, HazardLevel.GENERAL).reopen("x", null, null, NOW, TODAY))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aReopenedHazardIsVisibleAsSuch() {
        Hazard hazard = in(HazardState.ACCEPTED, HazardLevel.GENERAL);
        hazard.reopen("li.na", "leak came back", DEADLINE.plusDays(3), NOW, TODAY);
        assertThat(hazard.reopenCount()).isEqualTo(1);
        assertThat(hazard.acceptance()).isNull();
        assertThat(hazard.history().getLast().step()).isEqualTo(HazardStep.REOPENED);
        assertThat(hazard.history().getLast().note()).isEqualTo("leak came back");
    }

    @Test
    void eachRungOfTheOverdueLadderFiresOncePerDeadline() {
        EscalationLadder ladder = new EscalationLadder(List.of(
                new EscalationLadder.Rung(Duration.ZERO, "RESPONSIBLE_PERSON"),
                new EscalationLadder.Rung(Duration.ofDays(1), "DEPARTMENT_HEAD"),
                new EscalationLadder.Rung(Duration.ofDays(3), "PLANT_MAIN_RESPONSIBLE")), ZoneId.of("Asia/Shanghai"));
        Hazard hazard = in(HazardState.REMEDIATING, HazardLevel.MAJOR);
        Instant passed = ladder.passedAt(DEADLINE);
        assertThat(passed).isEqualTo(Instant.parse("2025-06-10T16:00:00Z"));

        assertThat(hazard.escalate(ladder, passed.minusSeconds(1))).isEmpty();
        assertThat(hazard.escalate(ladder, passed)).extracting(s -> s.fields().get("notified")).containsExactly("RESPONSIBLE_PERSON");
        assertThat(hazard.escalate(ladder, passed.plusSeconds(60))).isEmpty();
        assertThat(hazard.flaggedToGroup()).isTrue();
        List<StepTaken> late = hazard.escalate(ladder, passed.plus(Duration.ofDays(5)));
        assertThat(late).extracting(s -> s.fields().get("step")).containsExactly(1, 2);
        assertThat(late.get(1).fields()).containsEntry("daysOverdue", 5L).containsEntry("flaggedToGroup", true);
        assertThat(hazard.escalate(ladder, passed.plus(Duration.ofDays(9)))).isEmpty();
        assertThat(hazard.overdue(ladder, passed)).isTrue();

        hazard.submit("wang.qiang", "done", List.of(), NOW);
        assertThat(hazard.overdue(ladder, passed.plus(Duration.ofDays(9)))).isFalse();
        assertThat(hazard.escalate(ladder, passed.plus(Duration.ofDays(9)))).isEmpty();
    }

    @Test
    void codesAreTheNationalOnes() {
        assertThat(NationalCode.fromCode(HazardSource.class, "source", "10")).isEqualTo(HazardSource.OTHER);
        assertThat(NationalCode.fromCode(HazardSource.class, "source", "8")).isEqualTo(HazardSource.EXTERNAL_EXPERT);
        assertThat(NationalCode.fromCode(HazardType.class, "hazardType", "6")).isEqualTo(HazardType.LAYOUT);
        assertThat(NationalCode.fromCode(OccurrenceLink.class, "occurrenceLink", "5")).isEqualTo(OccurrenceLink.START_STOP);
        assertThat(HazardLevel.MAJOR.code()).isEqualTo("1");
        assertThat(HazardCategory.OPERATIONAL_RESPONSIBLE.code()).isEqualTo("3");
        assertThat(ManagementClassification.MANAGEMENT_DEFECT.code()).isEqualTo("3");
        assertThat(ManageType.ON_THE_SPOT.code()).isEqualTo("0");
        assertThat(HazardSource.values()).hasSize(10);
        assertThat(HazardType.values()).hasSize(8);
        assertThat(OccurrenceLink.values()).hasSize(10);
        assertThatThrownBy(() -> NationalCode.fromCode(HazardType.class, "hazardType", "9"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).violations().get(0).rule()).isEqualTo("code"));
    }

    private static String ruleFor(Action action) {
        return switch (action) {
            case CONFIRM, REJECT, FIX_ON_THE_SPOT -> "requires-awaiting-confirmation";
            case SET_PLAN -> "requires-confirmed";
            case REQUEST_EXTENSION, DECIDE_EXTENSION, SUBMIT -> "requires-remediating";
            case ACCEPT, SEND_BACK -> "requires-awaiting-acceptance";
            case REOPEN -> "requires-accepted";
        };
    }

    private static void assertRule(Runnable step, String rule) {
        assertThatThrownBy(step::run).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo(rule);
    }

    static RemediationPlan fivePlan(LocalDate deadline) {
        return new RemediationPlan("zhang.wei", "replace the valve seal", "2万元", deadline, "储罐区泄漏应急预案");
    }

    /** A hazard walked through the loop into {@code state}. */
    static Hazard in(HazardState state, HazardLevel level) {
        RemediationTerms terms = level == HazardLevel.MAJOR ? RemediationTerms.named("zhang.wei", DEADLINE) : RemediationTerms.none();
        Hazard hazard = Hazard.register("h-1", "g-1", "e-1", HazardOrigin.none(),
                new HazardFinding("LNG储罐区阀门泄漏", level, HazardSource.ROUTINE, HazardType.EQUIPMENT, null, null, null,
                        "阀门填料处有轻微泄漏", null, List.of("p-1"), List.of()), "wang.qiang", NOW, terms, TODAY);
        Map<HazardState, List<Consumer<Hazard>>> paths = Map.of(
                HazardState.AWAITING_CONFIRMATION, List.of(),
                HazardState.REJECTED, List.of(Action.REJECT.step),
                HazardState.CONFIRMED, List.of(Action.CONFIRM.step),
                HazardState.REMEDIATING, List.of(Action.CONFIRM.step, Action.SET_PLAN.step),
                HazardState.AWAITING_ACCEPTANCE, List.of(Action.CONFIRM.step, Action.SET_PLAN.step, Action.SUBMIT.step),
                HazardState.ACCEPTED, List.of(Action.CONFIRM.step, Action.SET_PLAN.step, Action.SUBMIT.step, Action.ACCEPT.step));
        paths.get(state).forEach(step -> step.accept(hazard));
        assertThat(EnumSet.allOf(HazardState.class)).containsAll(paths.keySet());
        return hazard;
    }
}
